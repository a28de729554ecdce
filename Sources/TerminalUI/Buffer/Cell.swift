/// One terminal column: a grapheme cluster (base character plus its combining marks), its width
/// and its style.
///
/// A wide character (CJK, most emoji) occupies its own cell with `width == 2` and the cell to its
/// right becomes a continuation cell (`width == 0`, empty text), so columns, diffs and snapshots
/// stay aligned (ratatui's "hidden by multi-width symbols").
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: UInt8
    public var style: Style

    public init(_ text: String, width: UInt8 = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    /// A space in the given style.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", width: 1, style: style) }

    /// The right half of a wide character.
    public static func continuation(_ style: Style = .plain) -> Cell { Cell("", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
