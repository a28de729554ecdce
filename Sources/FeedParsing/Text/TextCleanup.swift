import TextSafety

/// The last step for every string that leaves the parser: the sanitizer of DESIGN §7 step 1,
/// and for one-line fields (titles, names) whitespace collapsed to single spaces.
///
/// Printable ASCII is the one case the sanitizer can never change (`Sanitizer.isPlainText`):
/// a one-line field made of it only needs its white space collapsed.
enum TextCleanup {
    /// A title, name or other one-line field: sanitized, whitespace runs collapsed, trimmed;
    /// nil when nothing is left.
    static func field(_ text: String?) -> String? {
        guard let text else { return nil }
        // Titles and names never keep bidi controls: an override in a title could spoof what
        // the rest of the row says (see the sanitizer entry in Docs/Decisions.md).
        let collapsed = Sanitizer.isPlainText(text) ? collapsingWhitespace(text) : Sanitizer.sanitizeField(text)
        return collapsed.isEmpty ? nil : collapsed
    }

    /// A body (HTML or multi-line text): sanitized, surrounding whitespace trimmed; nil when empty.
    static func body(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = sanitized(text).trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Body text sanitized; the sanitizer itself returns plain and common text untouched.
    static func sanitized(_ text: String) -> String {
        Sanitizer.sanitize(text)
    }

    /// Collapses every run of white space (ASCII and Unicode `White_Space`, incl. no-break
    /// space) into one space and trims the ends, leaving every other character (harakat,
    /// niqqud, joiners) alone. Works on UTF-8 bytes.
    static func collapsingWhitespace(_ text: String) -> String {
        var text = text
        let collapsed = text.withUTF8 { bytes -> String? in
            if isCollapsed(bytes) { return nil }
            var output = [UInt8]()
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let width = UnicodeWhitespace.width(bytes, at: index)
                if width > 0 {
                    pendingSpace = !output.isEmpty
                    index += width
                    continue
                }
                if pendingSpace {
                    output.append(0x20)
                    pendingSpace = false
                }
                output.append(bytes[index])
                index += 1
            }
            if output.count == bytes.count, output.elementsEqual(bytes) { return nil }
            return String(decoding: output, as: UTF8.self)
        }
        // Unchanged text (nearly every title, link and GUID) is returned as it is, not rebuilt.
        return collapsed ?? text
    }
}

extension TextCleanup {
    /// Whether `collapsingWhitespace` would leave `bytes` alone: white space only as single
    /// U+0020 between other characters. Checked before any output is built.
    static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        var afterSpace = true  // a leading space is trimmed
        while index < bytes.count {
            let width = UnicodeWhitespace.width(bytes, at: index)
            if width == 0 {
                afterSpace = false
                index += 1
                continue
            }
            if afterSpace || width != 1 || bytes[index] != 0x20 { return false }
            afterSpace = true
            index += 1
        }
        return !afterSpace || bytes.isEmpty
    }
}

/// Unicode `White_Space` characters recognised in UTF-8 without decoding scalars.
enum UnicodeWhitespace {
    /// The byte length of the white-space character at `index`, or 0.
    @inline(__always)
    static func width(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        let count = bytes.count
        switch byte {
        case 0xC2:
            guard index + 1 < count else { return 0 }
            return bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE1:
            return index + 2 < count && bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard index + 2 < count else { return 0 }
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            if second == 0x80 && (third <= 0x8A || third == 0xA8 || third == 0xA9 || third == 0xAF) { return 3 }
            return second == 0x81 && third == 0x9F ? 3 : 0
        case 0xE3:
            return index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }
}

extension String {
    /// The string without leading and trailing white space (Unicode `White_Space`).
    func trimmingWhitespace() -> String {
        var text = self
        let (start, end) = text.withUTF8 { bytes -> (Int, Int) in
            var start = 0
            var end = bytes.count
            while start < end {
                let width = UnicodeWhitespace.width(bytes, at: start)
                if width == 0 { break }
                start += width
            }
            // Scan back from the end, one whole character at a time.
            while end > start {
                var characterStart = end - 1
                while characterStart > start, bytes[characterStart] & 0xC0 == 0x80 { characterStart -= 1 }
                guard UnicodeWhitespace.width(bytes, at: characterStart) == end - characterStart else { break }
                end = characterStart
            }
            return (start, end)
        }
        if start == 0 && end == text.utf8.count { return text }
        // Both ends are scalar boundaries: slicing copies the bytes without validating them again.
        let utf8 = text.utf8
        return String(text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
    }
}
