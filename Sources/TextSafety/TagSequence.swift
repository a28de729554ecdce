/// Emoji tag sequences (UTS #51 §2.8): U+1F3F4 followed by tag characters U+E0020–U+E007E and
/// the cancel tag U+E007F, as in the flags of England, Scotland and Wales. Tag characters
/// anywhere else are invisible payload (ASCII smuggling) and are dropped.
enum TagSequence {
    /// Length of the whole flag sequence starting at `start`, or `nil` if it is not one.
    static func flagLength(in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        var end = start + 1
        while end < scalars.count, (0xE0020...0xE007E).contains(scalars[end].value) { end += 1 }
        guard end > start + 1, end < scalars.count, scalars[end].value == 0xE007F else { return nil }
        return end + 1 - start
    }
}
