import Testing

@testable import NewsStore
import TestSupport

/// `StoredText.field` takes the reference path only when a search marker survives the sanitizer;
/// it must return exactly what the full path returns, for any input.
@Suite struct StoredTextTests {

    /// Mostly printable ASCII and spaces, with the characters the full path changes mixed in.
    static let pieces: [String] = [
        "a", "Z", "7", "-", "/", ":", "~", "\"", " ", " ", "  ", "\t", "\n", "\r\n", "\u{1B}[31m", "\u{7F}",
        "\u{85}", "\u{A0}", "é", "e\u{301}", "\u{202E}", "\u{200F}", "\u{E000}", "\u{E001}", "\u{2028}", "وَ", "中",
        "\u{FFFB}", "\u{0}",
    ]

    @Test func shortcutMatchesTheFullPath() {
        var random = SeededGenerator(seed: 0x5AF1_FA)
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<random.below(12) {
                // Three pieces in four are plain letters or a single space, so clean fields are common.
                text += random.below(4) == 0 ? Self.pieces[random.below(Self.pieces.count)] : Self.pieces[random.below(9)]
            }
            #expect(StoredText.field(text) == StoredText.cleanedField(text), "\(text.debugDescription)")
        }
    }

    @Test(arguments: ["", " ", "a", "a b", "a  b", " a", "a ", "https://example.org/x?y=1", "Title\tTab", "é"])
    func edgeCases(_ text: String) {
        #expect(StoredText.field(text) == StoredText.cleanedField(text))
    }
}
