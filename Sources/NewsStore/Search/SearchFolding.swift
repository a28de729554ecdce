/// The normalization search applies to every indexed and queried token (DESIGN §6), after
/// unicode61 has split words, folded case and removed Latin diacritics from precomposed letters.
///
/// Pure and table-tested: what it removes is exactly what readers type without.
enum SearchFolding {
    /// Folds one token. ASCII tokens come back unchanged (unicode61 already lowercased them).
    static func fold(_ token: String) -> String {
        let bytes = Array(token.utf8)
        return bytes.withUnsafeBytes { input in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, input.count)) { output in
                let count = fold(input, into: output)
                return String(decoding: UnsafeBufferPointer(rebasing: output[..<count]), as: UTF8.self)
            }
        }
    }

    /// Folds the UTF-8 bytes of a token into `output` (at least as large as `input`: folding
    /// never lengthens a token) and returns the folded length. Works on bytes so the tokenizer
    /// indexes Arabic and Hebrew text without allocating a string per word.
    static func fold(_ input: UnsafeRawBufferPointer, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var read = 0
        var written = 0
        while read < input.count {
            let lead = input[read]
            let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard read + length <= input.count else { break }
            var value = UInt32(lead)
            if length > 1 {
                value &= UInt32(0xFF >> (length + 1))
                for offset in 1..<length { value = value << 6 | UInt32(input[read + offset] & 0x3F) }
            }
            if isDropped(value) {
                read += length
                continue
            }
            if let replacement = replacement(for: value) {
                // Every replacement is a two-byte scalar, like the letters it replaces.
                output[written] = UInt8(0xC0 | (replacement.value >> 6))
                output[written + 1] = UInt8(0x80 | (replacement.value & 0x3F))
                written += 2
            } else {
                for offset in 0..<length { output[written + offset] = input[read + offset] }
                written += length
            }
            read += length
        }
        return written
    }

    /// Marks a reader never types: combining Latin accents (decomposed text), Arabic harakat,
    /// superscript alef and tatweel, Quranic annotation signs, Hebrew niqqud and cantillation.
    static func isDropped(_ value: UInt32) -> Bool {
        switch value {
        case 0x0300...0x036F: return true  // combining diacritical marks
        case 0x0591...0x05BD, 0x05BF, 0x05C1, 0x05C2, 0x05C4, 0x05C5, 0x05C7: return true  // Hebrew points
        case 0x0610...0x061A: return true  // Arabic honorific and small marks
        case 0x0640: return true  // tatweel
        case 0x064B...0x065F, 0x0670: return true  // harakat, superscript alef
        case 0x06D6...0x06DC, 0x06DF...0x06E4, 0x06E7, 0x06E8, 0x06EA...0x06ED: return true  // Quranic marks
        default: return false
        }
    }

    /// Letters written interchangeably: alef forms, alef maqsura, teh marbuta, and the Persian
    /// yeh and keheh that Arabic-script text mixes with their Arabic forms.
    static func replacement(for value: UInt32) -> Unicode.Scalar? {
        switch value {
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"  // آ أ إ ٱ → ا
        case 0x0649, 0x06CC: return "\u{064A}"  // ى ی → ي
        case 0x0629: return "\u{0647}"  // ة → ه
        case 0x06A9: return "\u{0643}"  // ک → ك
        default: return nil
        }
    }
}
