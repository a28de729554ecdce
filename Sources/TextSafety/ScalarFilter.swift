/// The scalar-by-scalar part of the sanitizer (the sanitizer policy in Docs/Decisions.md): line breaks, controls,
/// escape sequences, noncharacters, tags and combining-mark runs.
struct ScalarFilter {
    enum Mode {
        /// Article text: LF kept as the paragraph break, TAB kept, bidi controls left to the balancer.
        case body
        /// One-line fields: breaks and tabs become spaces, every bidi control is dropped.
        case field
        /// Strings sent outside ncurses: a field without any format character.
        case terminal
    }

    /// ncurses keeps one spacing character and four marks per cell (`CCHARW_MAX` = 5); the cap
    /// also defuses "Zalgo" text.
    static let maximumMarksPerBase = 4

    let mode: Mode
    private var out: [Unicode.Scalar] = []
    private var marksOnBase = 0

    init(mode: Mode) { self.mode = mode }

    mutating func run(_ text: String.UnicodeScalarView) -> [Unicode.Scalar] {
        let scalars = Array(text)
        out.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let length = EscapeSequence.length(in: scalars, at: index) {
                index += length
                continue
            }
            if scalar == "\r" {
                appendBreak()
                index += index + 1 < scalars.count && scalars[index + 1] == "\n" ? 2 : 1
                continue
            }
            if scalar.value == 0x1F3F4, let length = TagSequence.flagLength(in: scalars, at: index) {
                for offset in 0..<length { append(scalars[index + offset]) }
                index += length
                continue
            }
            filter(scalar)
            index += 1
        }
        return out
    }

    private mutating func filter(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0x0A, 0x85, 0x2028, 0x2029: appendBreak()
        case 0x09: mode == .body ? append(scalar) : append(" ")
        case 0x00...0x1F, 0x7F...0x9F: return
        case 0xFFF9...0xFFFB, 0xE0000...0xE007F: return
        case 0xAD: if mode != .terminal { append(scalar) }  // soft hyphen: invisible format character
        default:
            if value < 0x300 || Self.isCommonLetter(value) { return append(scalar) }
            if Self.isCommonMark(value) { return appendMark(scalar) }
            let properties = scalar.properties
            if properties.isNoncharacterCodePoint { return }
            switch properties.generalCategory {
            case .unassigned, .surrogate: return
            case .nonspacingMark, .enclosingMark:
                appendMark(scalar)
            case .format:
                if mode != .body, BidiControl(scalar) != nil { return }
                if mode == .terminal, value != 0x200D, value != 0x200C { return }
                out.append(scalar)  // ZWJ, ZWNJ and friends do not end a mark run
                return
            default:
                append(scalar)
            }
        }
    }

    /// Assigned letters, digits and punctuation of the scripts news is mostly written in, whose
    /// general category is known without a Unicode property look-up (the look-up dominates the
    /// cost of sanitizing Arabic, Hebrew and CJK text otherwise).
    static func isCommonLetter(_ value: UInt32) -> Bool {
        switch value {
        case 0x0621...0x064A,  // Arabic letters and tatweel
            0x0660...0x0669, 0x06F0...0x06F9,  // Arabic-Indic and Persian digits
            0x067E, 0x0686, 0x0698, 0x06A9, 0x06AF, 0x06CC,  // Persian letters
            0x05D0...0x05EA,  // Hebrew letters
            0x2010...0x2027,  // dashes, quotation marks, ellipsis
            0x3000...0x3029,  // CJK spaces and punctuation (not the tone marks after it)
            0x3041...0x3096, 0x30A1...0x30FA, 0x30FC...0x30FE,  // Hiragana, Katakana
            0xFF01...0xFF5E,  // full-width ASCII forms
            0x4E00...0x9FFF,  // CJK unified ideographs
            0xAC00...0xD7A3:  // Hangul syllables
            return true
        default:
            return false
        }
    }

    /// Arabic harakat and Hebrew points: nonspacing marks, all assigned.
    static func isCommonMark(_ value: UInt32) -> Bool {
        switch value {
        case 0x064B...0x065F, 0x0670, 0x05B0...0x05BD, 0x05C1, 0x05C2: return true
        default: return false
        }
    }

    private mutating func appendMark(_ scalar: Unicode.Scalar) {
        guard marksOnBase < Self.maximumMarksPerBase else { return }
        marksOnBase += 1
        out.append(scalar)
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
        marksOnBase = 0
        out.append(scalar)
    }

    private mutating func appendBreak() {
        append(mode == .body ? "\n" : " ")
    }
}
