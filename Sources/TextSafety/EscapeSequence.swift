/// Recognizes terminal control sequences (ECMA-48 §5.3–§5.6) so they are removed whole.
///
/// Removing only the ESC would leave `[31m` or `]0;title` in the text; feeds carry these after
/// entity decoding (`&#27;`, `&#x9b;`) either by accident (pasted terminal logs) or on purpose.
enum EscapeSequence {
    /// The number of scalars the sequence starting at `start` occupies, or `nil` when
    /// `scalars[start]` does not introduce one (ESC or a C1 introducer).
    static func length(in scalars: [Unicode.Scalar], at start: Int) -> Int? {
        let first = scalars[start].value
        switch first {
        case 0x1B:
            guard start + 1 < scalars.count else { return 1 }
            let next = scalars[start + 1].value
            switch next {
            case 0x5B: return 2 + controlSequenceBody(scalars, from: start + 2)  // ESC [ = CSI
            case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // OSC, DCS, SOS, PM, APC
                return 2 + controlString(scalars, from: start + 2)
            case 0x20...0x2F:  // nF: intermediates then a final byte
                var end = start + 1
                while end < scalars.count, (0x20...0x2F).contains(scalars[end].value) { end += 1 }
                if end < scalars.count, (0x30...0x7E).contains(scalars[end].value) { end += 1 }
                return end - start
            case 0x30...0x7E: return 2  // Fp, Fe, Fs: one final byte
            default: return 1
            }
        case 0x9B: return 1 + controlSequenceBody(scalars, from: start + 1)
        case 0x9D, 0x90, 0x98, 0x9E, 0x9F: return 1 + controlString(scalars, from: start + 1)
        default: return nil
        }
    }

    /// Parameter bytes 0x30–0x3F, intermediates 0x20–0x2F, one final byte 0x40–0x7E (§5.4).
    /// An unexpected character ends the sequence without being consumed.
    private static func controlSequenceBody(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < scalars.count, (0x20...0x3F).contains(scalars[end].value) { end += 1 }
        if end < scalars.count, (0x40...0x7E).contains(scalars[end].value) { end += 1 }
        return end - start
    }

    /// A command string (§5.6): up to BEL (xterm's OSC terminator), ST (`ESC \` or U+009C),
    /// CAN or SUB. An unterminated string ends at the line break, so a stray introducer cannot
    /// swallow the rest of an article.
    private static func controlString(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < scalars.count {
            switch scalars[end].value {
            case 0x07, 0x9C, 0x18, 0x1A: return end + 1 - start
            case 0x1B:
                if end + 1 < scalars.count, scalars[end + 1] == "\\" { return end + 2 - start }
                return end - start
            case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return end - start
            default: end += 1
            }
        }
        return end - start
    }
}
