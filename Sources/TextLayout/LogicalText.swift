import TextSafety

/// The paragraph as the bidi algorithm sees it: the runs' scalars in logical order, with isolate
/// initiators (LRI, RLI, FSI … PDI, UAX #9 §2.4) inserted around isolated runs and around
/// ornate-parenthesis quotations (`OrnateQuotation`).
///
/// Every position remembers where it came from, so styles, link numbers and source ranges stay
/// on their characters through shaping and reordering.
struct LogicalText {
    /// Code points in logical order.
    var scalars: [UInt32] = []
    /// Offset of each position in the paragraph's own text (in scalars); -1 for inserted controls.
    var source: [Int32] = []
    /// Index of the run each position belongs to; -1 for inserted controls.
    var run: [Int32] = []

    static let firstStrongIsolate: UInt32 = 0x2068
    static let popDirectionalIsolate: UInt32 = 0x2069

    init(_ paragraph: StyledParagraph, insertsIsolates: Bool) {
        let runs = paragraph.runs
        let capacity = runs.reduce(0) { $0 + $1.text.utf8.count } + 2 * runs.count
        scalars.reserveCapacity(capacity)
        source.reserveCapacity(capacity)
        run.reserveCapacity(capacity)
        var offset: Int32 = 0
        var index = 0
        while index < runs.count {
            let isolate = insertsIsolates ? runs[index].isolate : nil
            var end = index + 1
            if isolate != nil {
                while end < runs.count, runs[end].isolate == isolate { end += 1 }
                appendInserted(Self.initiator(for: isolate!))
            }
            for runIndex in index..<end {
                let first = scalars.count
                var sawControl = false
                for scalar in runs[runIndex].text.unicodeScalars {
                    let value = scalar.value
                    if value &- 0x202A < 5 || value &- 0x2066 < 4 { sawControl = true }
                    scalars.append(value)
                }
                let runNumber = Int32(runIndex)
                for _ in first..<scalars.count {
                    source.append(offset)
                    run.append(runNumber)
                    offset += 1
                }
                if insertsIsolates && sawControl { dropUnmatchedControls(from: first) }
            }
            if isolate != nil { appendInserted(Self.popDirectionalIsolate) }
            index = end
        }
        if insertsIsolates { OrnateQuotation.isolate(in: &self) }
    }

    var count: Int { scalars.count }

    mutating func appendInserted(_ value: UInt32) {
        scalars.append(value)
        source.append(-1)
        run.append(-1)
    }

    private static func initiator(for direction: ParagraphDirection) -> UInt32 {
        switch direction {
        case .leftToRight: 0x2066
        case .rightToLeft: 0x2067
        case .auto: firstStrongIsolate
        }
    }

    /// Each run's own embeddings and isolates must pair up inside it, or an unmatched RLI
    /// would capture the PDI inserted for the next isolate.
    private mutating func dropUnmatchedControls(from first: Int) {
        let runScalars = Array(scalars[first...])
        let unmatched = BidiControlBalancer.unmatchedPositions(in: runScalars)
        guard !unmatched.isEmpty else { return }
        var keep = [Bool](repeating: true, count: runScalars.count)
        for position in unmatched { keep[position] = false }
        let kept = runScalars.indices.filter { keep[$0] }.map { first + $0 }
        scalars = Array(scalars[..<first]) + kept.map { scalars[$0] }
        source = Array(source[..<first]) + kept.map { source[$0] }
        run = Array(run[..<first]) + kept.map { run[$0] }
    }
}
