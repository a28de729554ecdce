import CFriBidi

/// Isolates quotations in ornate parentheses ﴿…﴾ (U+FD3F … U+FD3E) whose first strong character
/// is right-to-left, by wrapping them in RLI … PDI.
///
/// The two ornate parentheses are plain neutrals: not mirrored and, for legacy reasons, not a
/// bracket pair (BidiBrackets.txt header). Inside an English paragraph they
/// would resolve to L through N1/N2 and point away from the verse. As an RTL isolate they resolve
/// R and enclose it.
enum OrnateQuotation {
    static let opening: UInt32 = 0xFD3F
    static let closing: UInt32 = 0xFD3E
    static let rightToLeftIsolate: UInt32 = 0x2067

    static func isolate(in text: inout LogicalText) {
        guard text.scalars.contains(opening) else { return }
        var spans: [Range<Int>] = []
        var index = 0
        while index < text.count {
            if text.scalars[index] == opening, let end = closingIndex(in: text.scalars, after: index),
                startsRightToLeft(text.scalars[(index + 1)..<end])
            {
                spans.append(index..<(end + 1))
                index = end + 1
            } else {
                index += 1
            }
        }
        guard !spans.isEmpty else { return }
        var result = LogicalText(empty: ())
        result.reserveCapacity(text.count + 2 * spans.count)
        var position = 0
        for span in spans {
            result.append(from: text, span: position..<span.lowerBound)
            result.appendInserted(rightToLeftIsolate)
            result.append(from: text, span: span)
            result.appendInserted(LogicalText.popDirectionalIsolate)
            position = span.upperBound
        }
        result.append(from: text, span: position..<text.count)
        text = result
    }

    /// The matching closer on the same line, honouring nesting, with isolates inside balanced so
    /// the inserted PDI cannot close someone else's isolate.
    private static func closingIndex(in scalars: [UInt32], after start: Int) -> Int? {
        var depth = 0
        var isolates = 0
        var index = start + 1
        while index < scalars.count {
            switch scalars[index] {
            case opening: depth += 1
            case closing:
                if depth == 0 { return isolates == 0 ? index : nil }
                depth -= 1
            case 0x2066, 0x2067, 0x2068: isolates += 1
            case 0x2069:
                isolates -= 1
                if isolates < 0 { return nil }
            case 0x0A: return nil
            default: break
            }
            index += 1
        }
        return nil
    }

    /// P2 applied to the quotation: the first L, R or AL character decides.
    private static func startsRightToLeft(_ scalars: ArraySlice<UInt32>) -> Bool {
        for scalar in scalars {
            let type = fribidi_get_bidi_type(scalar)
            if type == FRIBIDI_TYPE_RTL || type == FRIBIDI_TYPE_AL { return true }
            if type == FRIBIDI_TYPE_LTR { return false }
        }
        return false
    }
}

extension LogicalText {
    fileprivate init(empty: Void) {}

    fileprivate mutating func reserveCapacity(_ capacity: Int) {
        scalars.reserveCapacity(capacity)
        source.reserveCapacity(capacity)
        run.reserveCapacity(capacity)
    }

    fileprivate mutating func append(from other: LogicalText, span: Range<Int>) {
        scalars.append(contentsOf: other.scalars[span])
        source.append(contentsOf: other.source[span])
        run.append(contentsOf: other.run[span])
    }
}
