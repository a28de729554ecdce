/// Emoji sequences that terminals draw as one two-column glyph (UTS #51 §1.4): ZWJ sequences,
/// flags (regional indicator pairs, tag sequences), keycaps, modifier sequences and emoji
/// presentation selected by VS-16.
///
/// glibc's `wcwidth` sums the parts (a family would be 6 columns, ❤️ 1), which is not what any
/// emoji-capable terminal shows; such clusters are therefore one atomic cell of width 2.
enum EmojiSequence {
    static func isAtomic<Scalars: Collection<UInt32>>(_ scalars: Scalars) -> Bool {
        guard let first = scalars.first else { return false }
        if (0x1F1E6...0x1F1FF).contains(first) { return scalars.count == 2 }
        var joins = false
        for value in scalars.dropFirst() {
            switch value {
            case 0xFE0F, 0x200D, 0x20E3, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: joins = true
            default: continue
            }
        }
        guard joins, let scalar = Unicode.Scalar(first) else { return false }
        return scalar.properties.isEmoji
    }
}
