/// Private-use characters that FTS5 `snippet()` wraps around matched words; they are stripped
/// from stored text (`StoredText`) so every one found in a snippet is a marker.
enum SnippetMarkers {
    static let open: Unicode.Scalar = "\u{E000}"
    static let close: Unicode.Scalar = "\u{E001}"
    static let ellipsis = "…"

    static func isMarker(_ scalar: Unicode.Scalar) -> Bool { scalar == open || scalar == close }

    /// Removes the markers and collapses whitespace, returning the text and the marked ranges in
    /// `Character` offsets of the returned text.
    static func extract(_ marked: String) -> (text: String, highlights: [Range<Int>]) {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(marked.utf8.count)
        var isASCII = true
        var scalarRanges: [Range<Int>] = []
        var openAt: Int?
        var opening = false
        var count = 0
        var pendingSpace = false
        for scalar in marked.unicodeScalars {
            if scalar == open {
                opening = true
                continue
            }
            if scalar == close {
                if let start = openAt, count > start { scalarRanges.append(start..<count) }
                openAt = nil
                opening = false
                continue
            }
            if isWhitespace(scalar) {
                pendingSpace = count > 0
                continue
            }
            if scalar.value >= 0x80 { isASCII = false }
            if pendingSpace {
                scalars.append(" ")
                count += 1
                pendingSpace = false
            }
            if opening {
                openAt = count
                opening = false
            }
            scalars.append(scalar)
            count += 1
        }
        let text = String(scalars)
        // In ASCII text every scalar is a character (the one two-scalar ASCII character, CR LF,
        // cannot remain: whitespace became single spaces).
        return (text, isASCII ? scalarRanges : characterRanges(scalarRanges, in: text))
    }

    /// Unicode White_Space, listed instead of looked up per scalar (the lookup was most of the
    /// cost of a page of snippets). A test compares the list with the property for every scalar.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    /// Converts ranges of unicode-scalar offsets into ranges of `Character` offsets.
    private static func characterRanges(_ ranges: [Range<Int>], in text: String) -> [Range<Int>] {
        guard !ranges.isEmpty else { return [] }
        // Character index of each scalar offset: the character containing that scalar.
        var characterOfScalar: [Int] = []
        characterOfScalar.reserveCapacity(text.unicodeScalars.count + 1)
        var characterIndex = 0
        for character in text {
            for _ in character.unicodeScalars { characterOfScalar.append(characterIndex) }
            characterIndex += 1
        }
        characterOfScalar.append(characterIndex)
        return ranges.map { range in
            let lower = characterOfScalar[range.lowerBound]
            let upper = characterOfScalar[range.upperBound - 1] + 1
            return lower..<upper
        }
    }
}
