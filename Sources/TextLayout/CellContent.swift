/// What a cell draws: one code point, a base with its combining marks, or a string (emoji
/// sequences, caller-made cells).
enum CellContent: Sendable, Equatable {
    case scalar(Unicode.Scalar)
    /// A base character and up to four marks, without a String: shaped Arabic and Hebrew with
    /// their vowel marks are most cells of such paragraphs, and building a String per mark was
    /// a fifth of the line building.
    case packed(PackedScalars)
    case string(String)

    var text: String {
        switch self {
        case .scalar(let scalar): String(scalar)
        case .packed(let scalars): scalars.text
        case .string(let string): string
        }
    }

    /// Draws `mark` after the content, in place (no copy of the cell it belongs to).
    mutating func append(_ mark: Unicode.Scalar) {
        switch self {
        case .scalar(let scalar):
            var packed = PackedScalars(scalar)
            packed.append(mark)
            self = .packed(packed)
        case .packed(var packed) where packed.count < PackedScalars.capacity:
            packed.append(mark)
            self = .packed(packed)
        default:
            var string = text
            string.unicodeScalars.append(mark)
            self = .string(string)
        }
    }

    /// The content with `mark` drawn after it.
    func appending(_ mark: Unicode.Scalar) -> CellContent {
        switch self {
        case .scalar(let scalar):
            var packed = PackedScalars(scalar)
            packed.append(mark)
            return .packed(packed)
        case .packed(var packed) where packed.count < PackedScalars.capacity:
            packed.append(mark)
            return .packed(packed)
        default:
            var string = text
            string.unicodeScalars.append(mark)
            return .string(string)
        }
    }

    static func == (lhs: CellContent, rhs: CellContent) -> Bool {
        switch (lhs, rhs) {
        case (.scalar(let a), .scalar(let b)): a == b
        case (.packed(let a), .packed(let b)): a == b
        default: lhs.text == rhs.text
        }
    }
}

/// Up to six code points in two words, 21 bits each; a zero field ends the sequence (U+0000 is
/// never drawn, so it cannot be part of a cell).
struct PackedScalars: Sendable, Equatable {
    static let capacity = 6
    private var low: UInt64
    private var high: UInt64 = 0

    init(_ first: Unicode.Scalar) { low = UInt64(first.value) }

    @inline(__always)
    var count: Int {
        var count = 0
        while count < Self.capacity && field(count) != 0 { count += 1 }
        return count
    }

    @inline(__always)
    private func field(_ index: Int) -> UInt32 {
        let word = index < 3 ? low : high
        return UInt32(truncatingIfNeeded: (word >> UInt64(21 * (index % 3))) & 0x1F_FFFF)
    }

    @inline(__always)
    mutating func append(_ scalar: Unicode.Scalar) {
        let index = count
        precondition(index < Self.capacity && scalar.value != 0)
        let bits = UInt64(scalar.value) << UInt64(21 * (index % 3))
        if index < 3 { low |= bits } else { high |= bits }
    }

    var text: String {
        var text = ""
        for index in 0..<count { text.unicodeScalars.append(Unicode.Scalar(field(index)) ?? "\u{FFFD}") }
        return text
    }
}
