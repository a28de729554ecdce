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
        let twoByteClasses = Self.twoByteClasses
        var index = 0
        var marks = 0
        // In a field, a space is allowed only after something that is not a space.
        var spaceAllowed = false
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                // Eight ASCII bytes at a time while they are all printable and not spaces in a field.
                if index + 8 <= count {
                    let base = UnsafeRawPointer(bytes.baseAddress!)
                    let start = index
                    while index + 8 <= count, isPrintableASCII(base.loadUnaligned(fromByteOffset: index, as: UInt64.self), allowSpace: !field) {
                        index += 8
                    }
                    if index > start {
                        marks = 0
                        spaceAllowed = true
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
            if value >= 0x300 && value < 0x800 {
                // Arabic, Hebrew, Greek, Cyrillic …: one table load instead of range tests.
                switch twoByteClasses[Int(value &- 0x300)] {
                case ScalarClass.base: marks = 0
                case ScalarClass.mark:
                    marks += 1
                    if marks > ScalarFilter.maximumMarksPerBase { return false }
                case ScalarClass.format: if terminal { return false }
                case ScalarClass.bidiMark: if field { return false }
                default: return false
                }
                continue
            }
            if value >= 0x4E00 && value <= 0x9FFF {
                marks = 0  // CJK unified ideographs, the most frequent three-byte letters
                continue
            }
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
            case 0x200C, 0x200D:
                continue  // ZWNJ and ZWJ: format characters kept everywhere, marks still counted across them
            case 0xFE00...0xFE0F:
                marks += 1  // variation selectors (emoji presentation): nonspacing marks
                if marks > ScalarFilter.maximumMarksPerBase { return false }
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

    /// How a scalar of U+0300–U+07FF affects the scan: exactly what the checks in `scan`
    /// decide for it, looked up once.
    private enum ScalarClass {
        /// A letter or other spacing character: ends a mark run.
        static let base: UInt8 = 0
        /// A nonspacing or enclosing mark: counted.
        static let mark: UInt8 = 1
        /// A format character: kept in body and fields, dropped for the terminal.
        static let format: UInt8 = 2
        /// ARABIC LETTER MARK: kept in body text only.
        static let bidiMark: UInt8 = 3
        /// Dropped or rewritten in every mode.
        static let changed: UInt8 = 4
    }

    private static let twoByteClasses: [UInt8] = (UInt32(0x300)..<0x800).map { value in
        if ScalarFilter.isCommonLetter(value) { return ScalarClass.base }
        if ScalarFilter.isCommonMark(value) { return ScalarClass.mark }
        if value == 0x061C { return ScalarClass.bidiMark }
        guard let scalar = Unicode.Scalar(value), !scalar.properties.isNoncharacterCodePoint else { return ScalarClass.changed }
        switch scalar.properties.generalCategory {
        case .unassigned, .surrogate: return ScalarClass.changed
        case .nonspacingMark, .enclosingMark: return ScalarClass.mark
        case .format: return ScalarClass.format
        default: return ScalarClass.base
        }
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
