import Testing
@testable import TextLayout
import TestSupport

/// Joining and shaping only the span between the first and last joining character must shape
/// exactly as fribidi does over the whole paragraph.
@Suite struct ArabicShaperSpanTests {
    @Test func joiningSpanShapesLikeTheWholeText() {
        var random = SeededGenerator(seed: 0xA4AB_1C)
        var shapedSomething = 0
        for _ in 0..<4_000 {
            let scalars = MixedScriptSamples.text(&random, maxPieces: 30).unicodeScalars.map(\.value)
            let direction = random.pick(ParagraphDirection.allCases)
            let options = BidiParagraph.Options(reordersMarks: true, mirrors: random.below(4) != 0, shapesArabic: random.below(4) != 0)
            let paragraph = BidiParagraph(scalars: scalars, direction: direction, options: options)
            let span = ArabicShaper.shape(scalars, types: paragraph.types, levels: paragraph.resolvedLevels, options: options, joiningSpanOnly: true)
            let whole = ArabicShaper.shape(scalars, types: paragraph.types, levels: paragraph.resolvedLevels, options: options, joiningSpanOnly: false)
            #expect(span == whole, "\(scalars.map { String($0, radix: 16) })")
            if whole != scalars { shapedSomething += 1 }
        }
        #expect(shapedSomething > 1_000)
    }
}
