/// Recognizes paragraphs the bidi algorithm would leave entirely at level 0, so the engine can
/// skip it: without right-to-left letters, Arabic digits or explicit formatting characters,
/// every character resolves to L or to the paragraph level (UAX #9 W1–W7, N1–N2, I1), no run is
/// reversed and no mirroring applies (L4 acts at odd levels only).
///
/// Most paragraphs of English, CJK or emoji text qualify; skipping fribidi for them is what keeps
/// a long English article inside the layout budget.
enum LeftToRightShortcut {
    static func applies(to scalars: [UInt32], direction: ParagraphDirection) -> Bool {
        guard direction != .rightToLeft else { return false }
        for value in scalars where value >= 0x0590 && !isNeutralOrLeftToRight(value) { return false }
        return true
    }

    /// Code points at or above U+0590 that cannot be R, AL, AN or an explicit control: everything
    /// outside the right-to-left blocks and the bidi control characters.
    @inline(__always)
    private static func isNeutralOrLeftToRight(_ value: UInt32) -> Bool {
        switch value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: false
        case 0x200F, 0x202A...0x202E, 0x2066...0x2069: false
        default: true
        }
    }
}
