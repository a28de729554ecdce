import Testing
@testable import TextLayout
import TestSupport

/// The line breaker finds each line's overflow by binary search and looks back for the last
/// break opportunity; the reference visits every cluster in order. Same lines, always.
@Suite struct LineBreakerSearchTests {
    @Test func searchingBreaksLikeScanning() {
        var random = SeededGenerator(seed: 0x11_4EB2)
        for _ in 0..<3_000 {
            var text = MixedScriptSamples.text(&random, maxPieces: 40)
            if random.below(4) == 0 { text += String(repeating: random.pick(["ab", "东", "-", " ", "\u{200B}"]), count: random.below(60)) }
            let paragraph = StyledParagraph(plain: text, direction: random.pick(ParagraphDirection.allCases))
            let prepared = PreparedParagraph(paragraph, options: LayoutOptions(width: 80))
            for width in [1, 2, 3, random.below(12) + 1, random.below(40) + 1, 80] {
                let searching = LineBreaker(clusters: prepared.clusters).lines(width: width, preformatted: false)
                let scanning = LineBreaker(clusters: prepared.clusters, scansEveryCluster: true).lines(width: width, preformatted: false)
                #expect(searching == scanning, "width \(width): \(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }
}
