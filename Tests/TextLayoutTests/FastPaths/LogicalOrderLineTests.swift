import Testing
@testable import TextLayout
import TestSupport

/// Lines of a left-to-right paragraph with only level 0 skip fribidi's reordering: whenever the
/// shortcut claims a line, fribidi must give the identity order for it.
@Suite struct LogicalOrderLineTests {
    @Test func shortcutLinesAreThoseFribidiLeavesInOrder() {
        var random = SeededGenerator(seed: 0x0DE2_0A11)
        var claimed = 0
        for _ in 0..<4_000 {
            let scalars = MixedScriptSamples.text(&random).unicodeScalars.map(\.value)
            let paragraph = BidiParagraph(scalars: scalars, direction: random.pick(ParagraphDirection.allCases))
            let cut = scalars.isEmpty ? 0 : random.below(scalars.count)
            for line in [0..<scalars.count, 0..<cut, cut..<scalars.count] where paragraph.isLogicalOrder(line) {
                claimed += 1
                #expect(paragraph.reorderLine(line).visualOrder == Array(line))
            }
        }
        #expect(claimed > 1_000)
    }
}
