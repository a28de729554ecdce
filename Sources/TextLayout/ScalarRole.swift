/// What one position of the shaped paragraph contributes to the drawn cells.
enum ScalarRole: UInt8 {
    /// Not drawn: bidi controls and marks, BN (ZWJ/ZWNJ outside emoji, the lam-alef filler U+FEFF,
    /// soft hyphen), other controls and the isolates the engine inserted (UAX #9 X9).
    case hidden
    /// A spacing character starting a cell of width 1.
    case narrow
    /// A spacing character starting a cell of width 2.
    case wide
    /// A zero-width character drawn in the cell of the character before it (combining marks).
    case mark
    /// A character the terminal cannot print (`wcwidth` -1): drawn as U+FFFD.
    case replaced
    /// A tab: one space in wrapped text, up to the next multiple of 8 in preformatted text.
    case tab
    /// LF inside a paragraph: a forced line break.
    case lineBreak
    /// Part of an emoji sequence drawn as one cell (`EmojiSequence`); set once clusters are known.
    case atomic

    /// Classifies logical value `original` whose shaped form is `shaped`.
    static func of(original: UInt32, shaped: UInt32, inserted: Bool, widths table: [Int8]) -> ScalarRole {
        if inserted { return .hidden }
        if original &- 0x20 < 0x5F { return .narrow }  // printable ASCII, most of most articles
        switch original {
        case 0x0A, 0x2028, 0x2029: return .lineBreak
        case 0x09: return .tab
        case 0x00...0x1F, 0x7F...0x9F: return .hidden
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F, 0x061C, 0x00AD, 0x180E, 0xFEFF: return .hidden
        default: break
        }
        if shaped == 0xFEFF { return .hidden }
        switch TerminalWidth.of(shaped, in: table) {
        case 0: return .mark
        case 1: return .narrow
        case 2: return .wide
        default: return .replaced
        }
    }

    var width: Int {
        switch self {
        case .narrow, .replaced, .tab: 1
        case .wide: 2
        case .hidden, .mark, .lineBreak, .atomic: 0
        }
    }
}
