/// What a file given to `sahifa import` holds (the values of `--as`).
public enum ImportKind: String, Hashable, Sendable, CaseIterable {
    case opml
    case urls
    case feed
    case article
}
