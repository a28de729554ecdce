import Testing
@testable import TextLayout
import TestSupport

/// `NeutralRunMerger` hands fribidi "L L L" for "L WS L": the levels, paragraph direction and
/// line orders must be exactly those of the unchanged classes.
@Suite struct NeutralRunMergerTests {
    @Test func mergedClassesResolveLikeTheOriginalOnes() {
        var random = SeededGenerator(seed: 0x5A41_1FA0)
        for _ in 0..<4_000 {
            let scalars = MixedScriptSamples.text(&random).unicodeScalars.map(\.value)
            let direction = random.pick(ParagraphDirection.allCases)
            let options = random.pick([BidiParagraph.Options(), .conformance])
            let fast = BidiParagraph(scalars: scalars, direction: direction, options: options, usesShortcuts: true)
            let general = BidiParagraph(scalars: scalars, direction: direction, options: options, usesShortcuts: false)
            #expect(fast.baseLevel == general.baseLevel)
            #expect(fast.levels == general.levels, "levels of \(scalars.map { String($0, radix: 16) })")
            #expect(fast.shaped == general.shaped)
            let split = scalars.isEmpty ? 0 : random.below(scalars.count)
            for line in [0..<scalars.count, 0..<split, split..<scalars.count] {
                let a = fast.reorderLine(line)
                let b = general.reorderLine(line)
                #expect(a.visualOrder == b.visualOrder && a.levels == b.levels)
            }
        }
    }
}
