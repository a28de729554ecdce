/// Grapheme clusters (UAX #29, the same rules as Swift's `Character`) of a paragraph with their terminal
/// widths and line-breaking classes: the units the line breaker moves. A cluster is never split
/// across lines.
///
/// Cells are finer than clusters: a cluster may hold several spacing characters (an Indic
/// conjunct), each drawn in its own cell as ncurses does, except emoji sequences (ZWJ sequences,
/// flags, keycaps, VS-16 and skin-tone modifiers), which are one atomic two-column cell.
struct ClusterTable {
    /// First scalar of each cluster, plus the end of the text as a sentinel.
    let starts: [Int32]
    /// Prefix sums of cluster widths: `offsets[i]` columns precede cluster `i`.
    let offsets: [Int]
    let classes: [BreakClass]
    /// Clusters drawn as one cell from their logical scalars.
    let isAtomic: [Bool]
    /// Clusters that start with a mark: drawn on U+25CC so no line starts with a bare mark.
    let needsBase: [Bool]

    var count: Int { classes.count }

    func width(of cluster: Int) -> Int { offsets[cluster + 1] - offsets[cluster] }
    func width(of clusters: Range<Int>) -> Int { offsets[clusters.upperBound] - offsets[clusters.lowerBound] }

    init(text: LogicalText, roles: [ScalarRole], widths: [UInt8]) {
        let count = text.count
        var newStarts: [Int32] = []
        var newOffsets: [Int] = [0]
        var newClasses: [BreakClass] = []
        var newIsAtomic: [Bool] = []
        var newNeedsBase: [Bool] = []
        newStarts.reserveCapacity(count + 1)
        newOffsets.reserveCapacity(count + 1)
        newClasses.reserveCapacity(count)
        newIsAtomic.reserveCapacity(count)
        newNeedsBase.reserveCapacity(count)
        var total = 0
        func close(_ range: Range<Int>) {
            newStarts.append(Int32(range.lowerBound))
            if range.count > 1, EmojiSequence.isAtomic(text.scalars[range]) {
                total += 2
                newOffsets.append(total)
                newClasses.append(.ideographic)
                newIsAtomic.append(true)
                newNeedsBase.append(false)
                return
            }
            var width = 0
            for index in range { width += Int(widths[index]) }
            let role = roles[range.lowerBound]
            if role == .mark { width += 1 }
            total += width
            newOffsets.append(total)
            switch role {
            case .hidden: newClasses.append(.transparent)
            case .lineBreak: newClasses.append(.mandatory)
            default: newClasses.append(BreakClass.of(text.scalars[range.lowerBound], width: width))
            }
            newIsAtomic.append(false)
            newNeedsBase.append(role == .mark)
        }
        // The standard library's own grapheme breaking (the rules behind `Character`), fed scalar
        // by scalar: building a String just to walk its Characters cost more than the layout.
        var recognizer = Unicode._CharacterRecognizer()
        var recognizerIsCurrent = true
        // True while everything since the last plain letter went through the fast path, so the
        // letter alone decides what comes next.
        var afterPlainLetter = false
        var start = 0
        for position in 0..<count {
            let value = text.scalars[position]
            if afterPlainLetter {
                if Self.isPlainLetter(value) {
                    // GB999: a letter after a letter (and its marks) starts a new cluster.
                    recognizerIsCurrent = false
                    close(start..<position)
                    start = position
                    continue
                }
                if Self.isCommonMark(value) {
                    recognizerIsCurrent = false  // GB9: marks extend the cluster
                    continue
                }
            }
            if !recognizerIsCurrent {
                recognizer = Unicode._CharacterRecognizer()
                _ = recognizer.hasBreak(before: Unicode.Scalar(text.scalars[position - 1]) ?? "\u{FFFD}")
                recognizerIsCurrent = true
            }
            if recognizer.hasBreak(before: Unicode.Scalar(value) ?? "\u{FFFD}"), position > start {
                close(start..<position)
                start = position
            }
            afterPlainLetter = Self.isPlainLetter(value)
        }
        if start < count { close(start..<count) }
        newStarts.append(Int32(count))
        self.starts = newStarts
        self.offsets = newOffsets
        self.classes = newClasses
        self.isAtomic = newIsAtomic
        self.needsBase = newNeedsBase
    }

    /// Letters that are never Extend, SpacingMark, ZWJ, Regional_Indicator, Prepend, Hangul jamo,
    /// Extended_Pictographic or Indic conjunct consonants: printable ASCII, Hebrew and basic
    /// Arabic letters, kana and CJK ideographs. Between such a letter and the next one there is
    /// always a boundary (UAX #29 GB999), whatever came before.
    @inline(__always)
    static func isPlainLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E, 0x05D0...0x05EA, 0x0621...0x063A, 0x0641...0x064A, 0x3041...0x3096, 0x30A1...0x30FA,
            0x4E00...0x9FFF:
            true
        default: false
        }
    }

    /// Nonspacing marks with Grapheme_Cluster_Break=Extend (never a boundary before them, GB9):
    /// combining diacritics, Hebrew points, Arabic harakat.
    @inline(__always)
    static func isCommonMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x0300...0x036F, 0x05B0...0x05BD, 0x05BF, 0x05C1, 0x05C2, 0x05C4, 0x05C5, 0x05C7, 0x064B...0x065F, 0x0670:
            true
        default: false
        }
    }
}
