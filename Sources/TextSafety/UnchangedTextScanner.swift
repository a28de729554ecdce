/// Proves, in one pass over UTF-8 bytes, that the sanitizer would return a string unchanged, so
/// the scalar array, the filter and the rebuilt string can be skipped.
///
/// Almost all feed text is already clean but not all of it is ASCII or in the common scripts of
/// `ScalarFilter` (emoji, ZWNJ, ornate parentheses, other scripts); decoding scalars by hand and
/// asking for Unicode properties only for uncommon ones keeps that case cheap. The scan answers
/// "changed" for anything the filter, the bidi balancer or the whitespace collapser could touch,
/// and the caller then runs the full scalar path, so a "changed" answer is never wrong, only slow.
enum UnchangedTextScanner {
    /// Whether `ScalarFilter(mode:)` followed by the balancer (body) or the whitespace collapser
    /// (field, terminal) returns `bytes` unchanged.
    static func isUnchanged(_ bytes: UnsafeBufferPointer<UInt8>, mode: ScalarFilter.Mode) -> Bool {
        switch mode {
        case .body: scan(bytes, field: false, terminal: false)
        case .field: scan(bytes, field: true, terminal: false)
        case .terminal: scan(bytes, field: true, terminal: true)
        }
    }

    /// `field`: whitespace must already be collapsed (single interior U+0020 only), and no bidi
    /// control, tab or line break may appear. `terminal`: additionally no format character but
    /// ZWJ and ZWNJ, and no soft hyphen.
    @inline(__always)
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, field: Bool, terminal: Bool) -> Bool {
        let count = bytes.count
        var index = 0
        var marks = 0
        // In a field, a space is allowed only after something that is not a space.
        var spaceAllowed = false
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                // Eight ASCII bytes at a time while they are all printable and not spaces in a field.
                if index + 8 <= count {
                    let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
                    if isPrintableASCII(word, allowSpace: !field) {
                        marks = 0
                        spaceAllowed = true
                        index += 8
                        continue
                    }
                }
                index += 1
                switch lead {
                case 0x21...0x7E:
                    spaceAllowed = true
                case 0x20:
                    if field {
                        if !spaceAllowed { return false }
                        spaceAllowed = false
                    }
                case 0x09, 0x0A:
                    if field { return false }
                default:
                    return false  // controls: dropped, CR rewritten, escape sequences removed
                }
                marks = 0
                continue
            }
            let value: UInt32
            if lead < 0xE0 {
                guard index + 1 < count else { return false }
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                guard index + 2 < count else { return false }
                value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                guard index + 3 < count else { return false }
                value =
                    UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                    | UInt32(bytes[index + 3] & 0x3F)
                index += 4
            }
            spaceAllowed = true
            if value < 0x300 {
                switch value {
                case 0x80...0x9F: return false  // C1 controls, NEL, escape introducers
                case 0xA0: if field { return false }  // no-break space: collapsed in a field
                case 0xAD: if terminal { return false }
                default: break
                }
                marks = 0
                continue
            }
            if ScalarFilter.isCommonLetter(value) {
                if field && value == 0x3000 { return false }  // ideographic space
                marks = 0
                continue
            }
            if ScalarFilter.isCommonMark(value) {
                marks += 1
                if marks > ScalarFilter.maximumMarksPerBase { return false }
                continue
            }
            switch value {
            case 0x2028, 0x2029, 0xFFF9...0xFFFB, 0xE0000...0xE007F:
                return false  // breaks rewritten, interlinear annotations and tags dropped
            case 0x202A...0x202E, 0x2066...0x2069:
                return false  // embeddings, overrides, isolates: balanced by the full path, dropped in fields
            case 0x200E, 0x200F, 0x061C:
                if field { return false }  // bidi marks: format characters, kept in body text
                continue
            case 0x1680, 0x2000...0x200A, 0x202F, 0x205F:
                if field { return false }  // space separators: collapsed in a field
                marks = 0
                continue
            default:
                break
            }
            let properties = Unicode.Scalar(value).unsafelyUnwrapped.properties
            if properties.isNoncharacterCodePoint { return false }
            switch properties.generalCategory {
            case .unassigned, .surrogate:
                return false
            case .nonspacingMark, .enclosingMark:
                marks += 1
                if marks > ScalarFilter.maximumMarksPerBase { return false }
            case .format:
                if terminal && value != 0x200D && value != 0x200C { return false }
            default:
                marks = 0
            }
        }
        return !field || spaceAllowed || count == 0
    }

    /// Whether all eight bytes are in 0x21–0x7E (or 0x20–0x7E with `allowSpace`).
    @inline(__always)
    private static func isPrintableASCII(_ word: UInt64, allowSpace: Bool) -> Bool {
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low: UInt64 = allowSpace ? 0x20 : 0x21
        // A byte below `low` borrows into its high bit; 0x7F plus one carries into it; bytes ≥ 0x80 have it set.
        let below = (word &- ones &* low) & ~word & high
        let delete = (word &+ ones) & high & ~word
        return (word & high) | below | delete == 0
    }
}
