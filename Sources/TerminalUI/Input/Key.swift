/// A key press, independent of the terminal library that decoded it.
public enum Key: Hashable, Sendable {
    /// A printable character, including Arabic, Hebrew and CJK letters.
    case character(Character)
    /// Control plus a letter, given as the lowercase letter (`.control("l")` for Ctrl-L).
    case control(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    /// The terminal changed size; the new size is read from the backend.
    case resize
    case unknown
}

extension Key: CustomStringConvertible {
    /// The name key hints and help screens use.
    public var description: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-\(c.uppercased())"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .function(let n): "F\(n)"
        case .resize: "resize"
        case .unknown: "?"
        }
    }
}
