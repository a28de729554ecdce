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
    /// Clusters that start with a mark: drawn on U+25CC so no line starts with a bare mark.
    let needsBase: [Bool]
    /// Cluster index of every position.
    let clusterOf: [Int32]
    /// The atomic clusters, in order (usually none).
    let atomicClusters: [Int]

    var count: Int { classes.count }

    func width(of clusters: Range<Int>) -> Int { offsets[clusters.upperBound] - offsets[clusters.lowerBound] }

    /// `singleScalarShortcut` false sends one-scalar clusters through the general loop too (the
    /// reference the tests compare with).
    init(text: LogicalText, roles: [ScalarRole], widths: [UInt8]?, singleScalarShortcut: Bool = true) {
        let scalars = text.scalars
        let starts = Self.boundaries(of: scalars)
        let clusterCount = starts.count - 1
        var offsets = [Int](repeating: 0, count: clusterCount + 1)
        var classes = [BreakClass](repeating: .alphabetic, count: clusterCount)
        var needsBase = [Bool](repeating: false, count: clusterCount)
        var clusterOf = [Int32](repeating: 0, count: text.count)
        var atomicClusters: [Int] = []
        let plane = BreakClass.basicPlaneTable
        // One pass over buffers: with the arrays indexed directly, uniqueness and bounds checks
        // per element cost more than the measuring itself.
        scalars.withUnsafeBufferPointer { scalars in
            starts.withUnsafeBufferPointer { starts in
                roles.withUnsafeBufferPointer { roles in
                    plane.withUnsafeBufferPointer { plane in
                        offsets.withUnsafeMutableBufferPointer { offsets in
                            classes.withUnsafeMutableBufferPointer { classes in
                                needsBase.withUnsafeMutableBufferPointer { needsBase in
                                    clusterOf.withUnsafeMutableBufferPointer { clusterOf in
                                        var total = 0
                                        for cluster in 0..<clusterCount {
                                            let first = Int(starts[cluster])
                                            let end = Int(starts[cluster + 1])
                                            if singleScalarShortcut && end == first + 1 {
                                                // One scalar, most clusters: no emoji sequence, no sum.
                                                clusterOf[first] = Int32(truncatingIfNeeded: cluster)
                                                let role = roles[first]
                                                var width = widths.map { Int($0[first]) } ?? role.width
                                                if role == .mark {
                                                    width &+= 1
                                                    needsBase[cluster] = true
                                                }
                                                total &+= width
                                                offsets[cluster + 1] = total
                                                switch role {
                                                case .hidden: classes[cluster] = .transparent
                                                case .lineBreak: classes[cluster] = .mandatory
                                                default: classes[cluster] = BreakClass.of(scalars[first], width: width, table: plane)
                                                }
                                                continue
                                            }
                                            for position in first..<end { clusterOf[position] = Int32(cluster) }
                                            if end - first > 1, EmojiSequence.isAtomic(scalars[first..<end]) {
                                                atomicClusters.append(cluster)
                                                total += 2
                                                offsets[cluster + 1] = total
                                                classes[cluster] = .ideographic
                                                continue
                                            }
                                            var width = 0
                                            if let widths {
                                                for index in first..<end { width += Int(widths[index]) }
                                            } else {
                                                for index in first..<end { width += roles[index].width }
                                            }
                                            let role = roles[first]
                                            if role == .mark {
                                                width += 1
                                                needsBase[cluster] = true
                                            }
                                            total += width
                                            offsets[cluster + 1] = total
                                            switch role {
                                            case .hidden: classes[cluster] = .transparent
                                            case .lineBreak: classes[cluster] = .mandatory
                                            default: classes[cluster] = BreakClass.of(scalars[first], width: width, table: plane)
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        self.starts = starts
        self.offsets = offsets
        self.classes = classes
        self.needsBase = needsBase
        self.clusterOf = clusterOf
        self.atomicClusters = atomicClusters
    }

    /// First scalar of every grapheme cluster, plus `scalars.count`.
    ///
    /// The standard library's own grapheme breaking (the rules behind `Character`), fed scalar by
    /// scalar: building a String just to walk its Characters cost more than the whole layout.
    /// Between plain letters, and before common marks following one, the answer is known without
    /// the recognizer's state (`isPlainLetter`, `isCommonMark`).
    static func boundaries(of scalars: [UInt32]) -> [Int32] {
        let kinds = letterAndMarkTable
        return [Int32](unsafeUninitializedCapacity: scalars.count + 1) { starts, found in
            scalars.withUnsafeBufferPointer { scalars in
                var recognizer = Unicode._CharacterRecognizer()
                var recognizerIsCurrent = true
                // True while everything since the last plain letter went through the fast path.
                var afterPlainLetter = false
                for position in 0..<scalars.count {
                    let value = scalars[position]
                    let kind = value < letterAndMarkLimit ? kinds[Int(value)] : 0
                    let plain = kind & 1 != 0
                    if afterPlainLetter {
                        if plain {
                            recognizerIsCurrent = false
                            starts[found] = Int32(position)  // GB999
                            found += 1
                            continue
                        }
                        if kind & 2 != 0 {
                            recognizerIsCurrent = false  // GB9: marks extend the cluster
                            continue
                        }
                    }
                    if !recognizerIsCurrent {
                        recognizer = Unicode._CharacterRecognizer()
                        _ = recognizer.hasBreak(before: Unicode.Scalar(scalars[position - 1]) ?? "\u{FFFD}")
                        recognizerIsCurrent = true
                    }
                    if recognizer.hasBreak(before: Unicode.Scalar(value) ?? "\u{FFFD}") || position == 0 {
                        starts[found] = Int32(position)
                        found += 1
                    }
                    afterPlainLetter = plain
                }
                starts[found] = Int32(scalars.count)
                found += 1
            }
        }
    }

    /// `isPlainLetter` (bit 0) and `isCommonMark` (bit 1) of every code point below
    /// `letterAndMarkLimit`, where all of both lie: one load per scalar instead of a chain of
    /// range tests that mispredicts whenever the script changes.
    static let letterAndMarkTable: [UInt8] = (0..<letterAndMarkLimit).map { value in
        (isPlainLetter(value) ? 1 : 0) | (isCommonMark(value) ? 2 : 0)
    }
    static let letterAndMarkLimit: UInt32 = 0xA000

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
