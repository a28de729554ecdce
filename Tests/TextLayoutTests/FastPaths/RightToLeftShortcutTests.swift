import Testing
@testable import TextLayout
import TestSupport

/// Paragraphs whose only strong characters are R or AL get level 1 throughout without fribidi;
/// fribidi must agree on every paragraph the shortcut claims, and on the near misses.
@Suite struct RightToLeftShortcutTests {
    static let rightToLeftPieces: [String] = [
        "كتاب", "اللَّهُ", "بِسْمِ", "שָׁלוֹם", "עברית", "ܐܒ", " ", "  ", "،", "؛", "؟", ".", ",", ":", "!", "-", "+", "$", "%", "#",
        "(", ")", "[", "]", "«", "»", "﴿", "﴾", "\u{0651}", "\u{05B0}", "\u{0301}", "ـ", "/", "…", "—", "\u{00A0}",
    ]
    static let disruptors: [String] = ["a", "3", "١", "\u{200C}", "\u{200F}", "\u{2067}", "\u{2069}", "\t", "\u{2029}", "\u{202B}"]

    @Test func shortcutLevelsAreFribidis() {
        var random = SeededGenerator(seed: 0x0A1_1EF7)
        var claimed = 0
        for _ in 0..<4_000 {
            var text = ""
            for _ in 0..<random.below(30) { text += random.pick(Self.rightToLeftPieces) }
            if random.below(5) == 0 { text.insert(contentsOf: random.pick(Self.disruptors), at: text.startIndex) }
            let scalars = text.unicodeScalars.map(\.value)
            let direction = random.pick(ParagraphDirection.allCases)
            let options = random.pick([BidiParagraph.Options(), .conformance])
            let fast = BidiParagraph(scalars: scalars, direction: direction, options: options, usesShortcuts: true)
            let general = BidiParagraph(scalars: scalars, direction: direction, options: options, usesShortcuts: false)
            if RightToLeftShortcut.applies(to: general.types, direction: direction) { claimed += 1 }
            #expect(fast.baseLevel == general.baseLevel && fast.levels == general.levels, "\(scalars.map { String($0, radix: 16) })")
            #expect(fast.shaped == general.shaped)
            #expect(fast.reorderLine(0..<scalars.count).visualOrder == general.reorderLine(0..<scalars.count).visualOrder)
        }
        #expect(claimed > 1_000)
    }
}
