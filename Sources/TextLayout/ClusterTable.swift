/// Grapheme clusters (UAX #29, via Swift's `Character`) of a paragraph with their terminal
/// widths and line-breaking classes: the units the line breaker moves. A cluster is never split
/// across lines.
///
/// Cells are finer than clusters: a cluster may hold several spacing characters (an Indic
/// conjunct), each drawn in its own cell as ncurses does, except emoji sequences (ZWJ sequences,
/// flags, keycaps, VS-16 and skin-tone modifiers), which are one atomic two-column cell.
struct ClusterTable {
    /// First scalar of each cluster, plus the end of the text as a sentinel.
    var starts: [Int32] = []
    /// Prefix sums of cluster widths: `offsets[i]` columns precede cluster `i`.
    var offsets: [Int] = [0]
    var classes: [BreakClass] = []
    /// Clusters drawn as one cell from their logical scalars.
    var isAtomic: [Bool] = []
    /// Clusters that start with a mark: drawn on U+25CC so no line starts with a bare mark.
    var needsBase: [Bool] = []

    var count: Int { classes.count }

    func width(of cluster: Int) -> Int { offsets[cluster + 1] - offsets[cluster] }
    func width(of clusters: Range<Int>) -> Int { offsets[clusters.upperBound] - offsets[clusters.lowerBound] }

    init(text: LogicalText, roles: [ScalarRole], widths: [UInt8]) {
        let string = String(String.UnicodeScalarView(text.scalars.lazy.map { Unicode.Scalar($0) ?? "\u{FFFD}" }))
        starts.reserveCapacity(text.count / 2 + 1)
        var position = 0
        for character in string {
            let length = character.unicodeScalars.count
            append(range: position..<(position + length), text: text, roles: roles, widths: widths)
            position += length
        }
        starts.append(Int32(position))
    }

    private mutating func append(range: Range<Int>, text: LogicalText, roles: [ScalarRole], widths: [UInt8]) {
        let first = text.scalars[range.lowerBound]
        starts.append(Int32(range.lowerBound))
        if range.count > 1, EmojiSequence.isAtomic(text.scalars[range]) {
            offsets.append(offsets[offsets.count - 1] + 2)
            classes.append(.ideographic)
            isAtomic.append(true)
            needsBase.append(false)
            return
        }
        var width = 0
        for index in range { width += Int(widths[index]) }
        let leadingMark = roles[range.lowerBound] == .mark
        if leadingMark { width += 1 }
        offsets.append(offsets[offsets.count - 1] + width)
        let role = roles[range.lowerBound]
        classes.append(role == .hidden ? .transparent : role == .lineBreak ? .mandatory : BreakClass.of(first, width: width))
        isAtomic.append(false)
        needsBase.append(leadingMark)
    }
}
