import Testing

@testable import NewsStore
import TestSupport

/// `SnippetMarkers.extract` lists White_Space instead of looking it up and skips the grapheme
/// walk for ASCII text; both shortcuts must give exactly what the general path gives.
@Suite struct SnippetMarkersDifferentialTests {
    /// The general path as first written: property lookup for every scalar, grapheme walk always.
    static func reference(_ marked: String) -> (text: String, highlights: [Range<Int>]) {
        var scalars = String.UnicodeScalarView()
        var scalarRanges: [Range<Int>] = []
        var openAt: Int?
        var opening = false
        var count = 0
        var pendingSpace = false
        for scalar in marked.unicodeScalars {
            if scalar == SnippetMarkers.open {
                opening = true
                continue
            }
            if scalar == SnippetMarkers.close {
                if let start = openAt, count > start { scalarRanges.append(start..<count) }
                openAt = nil
                opening = false
                continue
            }
            if scalar.properties.isWhitespace {
                pendingSpace = count > 0
                continue
            }
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
        var characterOfScalar: [Int] = []
        var characterIndex = 0
        for character in text {
            for _ in character.unicodeScalars { characterOfScalar.append(characterIndex) }
            characterIndex += 1
        }
        characterOfScalar.append(characterIndex)
        let ranges = scalarRanges.map { characterOfScalar[$0.lowerBound]..<(characterOfScalar[$0.upperBound - 1] + 1) }
        return (text, ranges)
    }

    static let pieces: [String] = [
        "\u{E000}", "\u{E001}", "\u{E000}", "\u{E001}", "word", "a", "Z9", " ", "  ", "\t", "\n", "\r\n", "\r",
        "\u{0B}", "\u{0C}", "\u{1F}", "\u{85}", "\u{A0}", "\u{3000}", "\u{2028}", "وَعَدَ", "اللَّهُ", "بِ", "\u{64E}",
        "e\u{301}", "\u{301}", "中文", "👩‍💻", "🇸🇦", "…", "-", "x\u{200D}",
    ]

    @Test func shortcutsMatchTheGeneralPath() {
        var random = SeededGenerator(seed: 0x5E1_A5)
        for round in 0..<20_000 {
            // Half the inputs stay ASCII so the ASCII shortcut is exercised as often as the rest.
            let pool = round % 2 == 0 ? 19 : Self.pieces.count
            let marked = (0..<random.below(16)).map { _ in Self.pieces[random.below(pool)] }.joined()
            let fast = SnippetMarkers.extract(marked)
            let slow = Self.reference(marked)
            #expect(fast.text == slow.text && fast.highlights == slow.highlights, "\(marked.debugDescription)")
        }
    }

    @Test func whitespaceListIsUnicodeWhiteSpace() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if SnippetMarkers.isWhitespace(scalar) != scalar.properties.isWhitespace { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty)
    }
}
