import Testing

@testable import FeedParsing
import TestSupport

/// `TextCleanup.collapsingWhitespace` returns already-collapsed text without rebuilding it; the
/// result must still be the rule's: runs of `White_Space` as one space, none at either end.
@Suite struct WhitespaceCollapseTests {
    static func reference(_ text: String) -> String {
        var output = ""
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace { output += " " }
            pendingSpace = false
            output.unicodeScalars.append(scalar)
        }
        return output
    }

    @Test func randomTextCollapsesAsTheRuleSays() {
        let alphabet = ["a", "b", " ", "  ", "\t", "\n", "\u{A0}", "\u{85}", "\u{2003}", "\u{3000}", "\u{200B}", "é", "新", "\u{301}"]
        var random = SeededGenerator(seed: 0x434F_4C4C)
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int(random.next() % 10) { text += alphabet[Int(random.next() % UInt64(alphabet.count))] }
            #expect(TextCleanup.collapsingWhitespace(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
