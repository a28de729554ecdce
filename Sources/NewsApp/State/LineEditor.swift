import TerminalUI

/// The text of a one-line input (the search query), edited at its end.
///
/// Editing happens at the logical end of the text only: in mixed Arabic/English input the visual
/// position of a mid-text cursor jumps between runs, and appending and deleting at the end is what
/// a query needs.
public struct LineEditor: Hashable, Sendable {
    public private(set) var text: String

    public init(_ text: String = "") {
        self.text = text
    }

    /// Applies a key; returns whether the text changed.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            text.append(character)
            return true
        case .backspace:
            guard !text.isEmpty else { return false }
            text.removeLast()
            return true
        case .control("u"):
            guard !text.isEmpty else { return false }
            text = ""
            return true
        case .control("w"):
            guard !text.isEmpty else { return false }
            while text.last == " " { text.removeLast() }
            while let last = text.last, last != " " { text.removeLast() }
            return true
        default:
            return false
        }
    }
}
