/// Keeps bidi embeddings, overrides and isolates only where they pair up inside one paragraph
/// (the sanitizer policy in Docs/Decisions.md): an unterminated RLO would otherwise flip everything after it, and an
/// unmatched PDI or PDF could close an isolate the layout engine opened itself.
///
/// Pairing follows UAX #9: a PDF closes the innermost embedding or override unless an isolate is
/// open inside it (X7); a PDI closes the innermost isolate and every embedding opened inside it
/// (X6a), which are then unmatched.
public enum BidiControlBalancer {
    private struct Opener {
        var index: Int
        var isIsolate: Bool
    }

    static func balance(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let unmatched = unmatchedPositions(in: scalars.map(\.value))
        guard !unmatched.isEmpty else { return scalars }
        var keep = [Bool](repeating: true, count: scalars.count)
        for index in unmatched { keep[index] = false }
        return scalars.indices.compactMap { keep[$0] ? scalars[$0] : nil }
    }

    /// Positions of the embeddings, overrides, isolates and pops that have no partner in their
    /// paragraph (LF ends a paragraph), in ascending order.
    public static func unmatchedPositions(in scalars: [UInt32]) -> [Int] {
        var unmatched: [Int] = []
        var stack: [Opener] = []
        for (index, value) in scalars.enumerated() {
            if value == 0x0A {
                unmatched.append(contentsOf: stack.map(\.index))
                stack.removeAll()
                continue
            }
            guard value >= 0x61C, let scalar = Unicode.Scalar(value), let control = BidiControl(scalar) else { continue }
            switch control {
            case .embedding, .override:
                stack.append(Opener(index: index, isIsolate: false))
            case .isolate:
                stack.append(Opener(index: index, isIsolate: true))
            case .popFormatting:
                if let top = stack.last, !top.isIsolate { stack.removeLast() } else { unmatched.append(index) }
            case .popIsolate:
                guard let isolate = stack.lastIndex(where: \.isIsolate) else {
                    unmatched.append(index)
                    continue
                }
                unmatched.append(contentsOf: stack[(isolate + 1)...].map(\.index))
                stack.removeSubrange(isolate...)
            case .mark:
                break
            }
        }
        unmatched.append(contentsOf: stack.map(\.index))
        return unmatched.sorted()
    }
}
