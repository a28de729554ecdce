/// The few line-breaking classes of UAX #14 the engine distinguishes (a deliberate subset:
/// spaces, hyphens, ideographs, opening and closing punctuation).
enum BreakClass: UInt8 {
    /// Letters, digits, marks, symbols: no break inside a run of these.
    case alphabetic
    /// Breakable white space (SP, BA): a break is allowed after it; it hangs at the line end.
    case space
    /// A hard break inside the paragraph (LF, U+2028).
    case mandatory
    /// HY, BA dashes: break after, unless a digit follows ("-5").
    case hyphen
    /// ID: CJK ideographs, kana, wide symbols, emoji: break before and after.
    case ideographic
    /// CL, CP, EX, IS, NS: never break before.
    case closing
    /// OP, and initial quotes: never break after.
    case opening
    /// Zero-width characters that take no part in breaking (controls, inserted isolates).
    case transparent
    case digit

    /// Classifies a cluster by its first scalar and its width.
    static func of(_ value: UInt32, width: Int) -> BreakClass { of(value, width: width, table: basicPlane) }

    /// The table behind `of(_:width:)`, for loops that classify many clusters.
    static var basicPlaneTable: [UInt8] { basicPlane }

    @inline(__always)
    static func of(_ value: UInt32, width: Int, table: [UInt8]) -> BreakClass {
        let base = value < 0x10000 ? BreakClass(rawValue: table[Int(value)]) ?? .alphabetic : classify(value)
        return base == .alphabetic && width == 2 && !isHangul(value) ? .ideographic : base
    }

    /// The same over the table's buffer, for loops that already hold it.
    @inline(__always)
    static func of(_ value: UInt32, width: Int, table: UnsafeBufferPointer<UInt8>) -> BreakClass {
        let base = value < 0x10000 ? BreakClass(rawValue: table[Int(value)]) ?? .alphabetic : classify(value)
        return base == .alphabetic && width == 2 && !isHangul(value) ? .ideographic : base
    }

    /// Korean is written with spaces between words and breaks there, not between syllables
    /// (the `keep-all` convention of Korean typography rather than UAX #14's default ID).
    private static func isHangul(_ value: UInt32) -> Bool {
        (0xAC00...0xD7A3).contains(value) || (0x1100...0x11FF).contains(value) || (0x3130...0x318F).contains(value)
    }

    /// The class of one code point, before width is considered.
    static func classify(_ value: UInt32) -> BreakClass {
        switch value {
        case 0x20, 0x09, 0x1680, 0x2000...0x2006, 0x2008...0x200A, 0x205F, 0x3000: return .space
        case 0x0A, 0x2028, 0x2029: return .mandatory
        case 0x2D, 0x2010, 0x2012, 0x2013, 0x2014, 0x058A, 0x05BE: return .hyphen
        case 0x30...0x39: return .digit
        case 0x41...0x5A, 0x61...0x7A: return .alphabetic
        case 0x21, 0x25, 0x29, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x5D, 0x7D: return .closing
        case 0x28, 0x5B, 0x7B: return .opening
        default: break
        }
        if value < 0x80 { return .alphabetic }
        return classifyByCategory(value)
    }

    /// Classes of the Basic Multilingual Plane, computed once: General_Category lookups per
    /// character cost more than the rest of line breaking. Building it is paid by the first
    /// layout of the process, so the blocks known to be all letters are filled without lookups.
    private static let basicPlane: [UInt8] = (0..<0x10000).map { value in
        isUniformlyAlphabetic(UInt32(value)) ? BreakClass.alphabetic.rawValue : classify(UInt32(value)).rawValue
    }

    /// CJK Unified Ideographs and Extension A, Hangul syllables (letters, Lo), surrogates (no
    /// scalar) and private use (Co): `classify` answers `.alphabetic` for all of them, and they
    /// are over half of the plane.
    static func isUniformlyAlphabetic(_ value: UInt32) -> Bool {
        (0x3400...0x4DBF).contains(value) || (0x4E00...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value)
            || (0xD800...0xF8FF).contains(value)
    }

    private static func classifyByCategory(_ value: UInt32) -> BreakClass {
        if closingSet.contains(value) { return .closing }
        guard let scalar = Unicode.Scalar(value) else { return .alphabetic }
        switch scalar.properties.generalCategory {
        case .closePunctuation, .finalPunctuation: return .closing
        case .openPunctuation, .initialPunctuation: return .opening
        case .control, .format: return .transparent
        case .decimalNumber: return .digit
        default: return .alphabetic
        }
    }

    /// Punctuation UAX #14 forbids at a line start that General_Category does not catch:
    /// CJK stops and commas, Arabic and Hebrew stops, small kana and the prolonged sound mark (NS).
    private static let closingSet: Set<UInt32> = [
        0x3001, 0x3002, 0xFF0C, 0xFF0E, 0xFF01, 0xFF1F, 0xFF1A, 0xFF1B, 0x30FC, 0x301C, 0xFF5E, 0x3005,
        0x303B, 0x309D, 0x309E, 0x30FD, 0x30FE, 0x30FB, 0x00B7, 0x060C, 0x061B, 0x061F, 0x06D4, 0x05C3,
        0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083, 0x3085, 0x3087, 0x308E, 0x3095, 0x3096,
        0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE, 0x30F5, 0x30F6,
        0x2026, 0x203C, 0x2047, 0x2048, 0x2049,
    ]

    /// Whether a line may break between a cluster of class `before` and one of class `after`.
    static func allowsBreak(between before: BreakClass, _ after: BreakClass, beforeHyphen: BreakClass) -> Bool {
        switch (before, after) {
        case (_, .closing), (_, .space), (_, .transparent), (.transparent, _): return false
        case (.opening, _): return false
        case (.space, _): return true
        case (.hyphen, .alphabetic), (.hyphen, .ideographic), (.hyphen, .opening):
            return beforeHyphen == .alphabetic || beforeHyphen == .digit || beforeHyphen == .closing
        case (.ideographic, _), (_, .ideographic): return true
        case (.closing, .alphabetic), (.closing, .digit): return false
        default: return false
        }
    }
}
