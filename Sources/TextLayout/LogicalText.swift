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
        var source: [Int32] = []
        var run: [Int32] = []
        var count = 0
        // Runs whose own bidi controls need pairing (rare), as position ranges.
        var controlled: [Range<Int>] = []
        // Written through buffers, never zero-filled: three appends per scalar cost more than
        // the rest of this type.
        let scalars = [UInt32](unsafeUninitializedCapacity: capacity) { scalars, scalarCount in
            source = [Int32](unsafeUninitializedCapacity: capacity) { source, sourceCount in
                run = [Int32](unsafeUninitializedCapacity: capacity) { run, runCount in
                    func insert(_ value: UInt32) {
                        scalars[count] = value
                        source[count] = -1
                        run[count] = -1
                        count += 1
                    }
                    var offset: Int32 = 0
                    var index = 0
                    while index < runs.count {
                        let isolate = insertsIsolates ? runs[index].isolate : nil
                        var end = index + 1
                        if let isolate {
                            while end < runs.count, runs[end].isolate == isolate { end += 1 }
                            insert(Self.initiator(for: isolate))
                        }
                        for runIndex in index..<end {
                            let first = count
                            var sawControl = false
                            let runNumber = Int32(runIndex)
                            var text = runs[runIndex].text
                            text.withUTF8 { bytes in
                                var byte = 0
                                while byte < bytes.count {
                                    let value = Self.decode(bytes, at: &byte)
                                    if value &- 0x202A < 5 || value &- 0x2066 < 4 { sawControl = true }
                                    scalars[count] = value
                                    source[count] = offset
                                    run[count] = runNumber
                                    count += 1
                                    offset += 1
                                }
                            }
                            if insertsIsolates && sawControl { controlled.append(first..<count) }
                        }
                        if isolate != nil { insert(Self.popDirectionalIsolate) }
                        index = end
                    }
                    runCount = count
                }
                sourceCount = count
            }
            scalarCount = count
        }
        self.scalars = scalars
        self.source = source
        self.run = run
        for range in controlled.reversed() { dropUnmatchedControls(in: range) }
        if insertsIsolates { OrnateQuotation.isolate(in: &self) }
    }

    var count: Int { scalars.count }

    /// The scalar starting at `index` of valid UTF-8 (a String's own), moving `index` past it:
    /// decoding by hand beats the String.UnicodeScalarView iterator several times over.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> UInt32 {
        let lead = UInt32(bytes[index])
        if lead < 0x80 {
            index += 1
            return lead
        }
        if lead < 0xE0 {
            defer { index += 2 }
            return (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        }
        if lead < 0xF0 {
            defer { index += 3 }
            return (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        }
        defer { index += 4 }
        return (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
            | UInt32(bytes[index + 3] & 0x3F)
    }

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
    private mutating func dropUnmatchedControls(in range: Range<Int>) {
        let unmatched = BidiControlBalancer.unmatchedPositions(in: Array(scalars[range]))
        guard !unmatched.isEmpty else { return }
        var keep = [Bool](repeating: true, count: scalars.count)
        for position in unmatched { keep[range.lowerBound + position] = false }
        let kept = scalars.indices.filter { keep[$0] }
        scalars = kept.map { scalars[$0] }
        source = kept.map { source[$0] }
        run = kept.map { run[$0] }
    }
}
