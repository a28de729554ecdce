import Testing
@testable import TextLayout

/// Line breaking in logical order by columns (issue 5 item 4).
@Suite struct LineBreakingTests {
    @Test(arguments: [
        ("The quick brown fox", 10, ["The quick", "brown fox"]),
        ("well-known words", 7, ["well-", "known", "words"]),
        ("a -5 b", 3, ["a", "-5", "b"]),
        ("aaa bbb.", 7, ["aaa", "bbb."]),
        ("say (hi there)", 12, ["say (hi", "there)"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("a    b", 3, ["a", "b"]),
        ("word\nnext", 80, ["word", "next"]),
        ("one\n\ntwo", 80, ["one", "", "two"]),
        ("", 80, [""]),
        ("漢字かな交じり", 6, ["漢字か", "な交じ", "り"]),
        ("漢字、かな", 4, ["漢", "字、", "かな"]),
        ("「漢字」です", 4, ["「漢", "字」", "です"]),
        ("em—dash", 4, ["em—", "dash"]),
        ("한국어 문장도 나뉩니다", 10, ["한국어", "문장도", "나뉩니다"]),
    ])
    func breaks(_ text: String, _ width: Int, _ expected: [String]) {
        #expect(LayoutProbe.lines(text, width: width) == expected)
    }

    @Test func preformattedTextIsCutNotWrapped() {
        let paragraph = StyledParagraph([StyledRun("let\tx = 1 // a long comment\nb")], isPreformatted: true)
        let lines = TextLayoutEngine.layout(paragraph, options: LayoutProbe.options(width: 12)).map(\.text)
        #expect(lines == ["let     x = ", "b"])
    }

    @Test func preformattedKeepsSpaces() {
        let paragraph = StyledParagraph([StyledRun("  a  b  ")], isPreformatted: true)
        #expect(TextLayoutEngine.layout(paragraph, options: LayoutProbe.options(width: 20)).map(\.text) == ["  a  b  "])
    }

    @Test func tabInWrappedTextIsOneSpace() {
        #expect(LayoutProbe.lines("a\tb") == ["a b"])
    }

    static let samples = [
        "The verse ﴿بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ﴾ means “In the name of God” [1:1], a long sentence.",
        "שָׁלוֹם עֲלֵיכֶם — peace be upon you; well-known greeting (ברכה).",
        "漢字かな交じり文は、スペースなしで折り返されます。😀👨‍👩‍👧🇯🇵",
        "کتاب‌ها در سال ۱۴۰۳ منتشر شدند و 12 نسخه فروخته شد.",
        String(repeating: "supercalifragilistic", count: 5),
    ]

    @Test(arguments: [1, 2, 3, 5, 8, 13, 20, 40, 80])
    func noLineExceedsTheWidth(_ width: Int) {
        for sample in Self.samples {
            for line in TextLayoutEngine.layout(StyledParagraph(plain: sample), options: LayoutProbe.options(width: width)) {
                #expect(line.width <= width, "\(sample) at \(width): \(line.text)")
            }
        }
    }

    @Test(arguments: [10, 20, 40])
    func everyCharacterAppearsExactlyOnce(_ width: Int) {
        for sample in Self.samples {
            let lines = TextLayoutEngine.layout(StyledParagraph(plain: sample), options: LayoutProbe.options(width: width, shaping: false))
            let covered = lines.flatMap { $0.cells.flatMap { Array($0.sourceRange) } }
            #expect(Set(covered).count == covered.count, "a scalar drawn twice in \(sample)")
            let spaces = sample.unicodeScalars.enumerated().filter { $0.element == " " }.map(\.offset)
            let drawnOrSpace = Set(covered).union(spaces)
            let hidden = sample.unicodeScalars.enumerated().filter { [0x200C, 0x200D].contains($0.element.value) }.map(\.offset)
            #expect(drawnOrSpace.union(hidden) == Set(0..<sample.unicodeScalars.count), "\(sample) at \(width)")
        }
    }
}
