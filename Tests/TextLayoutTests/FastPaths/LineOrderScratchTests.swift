import Testing
@testable import TextLayout
import TestSupport

/// The engine reorders lines into arrays reused from line to line; the orders must be those of
/// `reorderLine`, which starts from fresh arrays, whatever the scratch held before.
@Suite struct LineOrderScratchTests {
    @Test func reusedScratchGivesTheOrdersOfFreshArrays() {
        var random = SeededGenerator(seed: 0x5C2A_7C4)
        var scratch = LineOrderScratch()
        for _ in 0..<3_000 {
            let scalars = MixedScriptSamples.text(&random).unicodeScalars.map(\.value)
            let paragraph = BidiParagraph(scalars: scalars, direction: random.pick(ParagraphDirection.allCases))
            let cut = scalars.isEmpty ? 0 : random.below(scalars.count)
            for line in [0..<scalars.count, cut..<scalars.count, 0..<cut] where !line.isEmpty {
                paragraph.visualOrder(of: line, into: &scratch)
                #expect(scratch.order[..<line.count].map { Int($0) } == paragraph.reorderLine(line).visualOrder)
            }
        }
    }
}
