import Testing

@testable import NewsStore

/// `StoredText.field` skips the sanitizer for clean printable ASCII; the shortcut must return
/// exactly what the full path returns, for any input.
@Suite struct StoredTextTests {
    /// A fixed-seed generator (SplitMix64), so a failure reproduces.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    }

    /// Mostly printable ASCII and spaces, with the characters the full path changes mixed in.
    static let pieces: [String] = [
        "a", "Z", "7", "-", "/", ":", "~", "\"", " ", " ", "  ", "\t", "\n", "\r\n", "\u{1B}[31m", "\u{7F}",
        "\u{85}", "\u{A0}", "é", "e\u{301}", "\u{202E}", "\u{200F}", "\u{E000}", "\u{E001}", "\u{2028}", "وَ", "中",
        "\u{FFFB}", "\u{0}",
    ]

    @Test func shortcutMatchesTheFullPath() {
        var random = Generator(state: 0x5AF1_FA)
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
