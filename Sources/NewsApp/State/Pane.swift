/// Which pane has the keyboard.
public enum Pane: Hashable, Sendable {
    /// The top list (virtual lists and feeds) or, once one is chosen, its articles.
    case list
    case article
    case search
}
