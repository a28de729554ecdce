import Testing
@testable import TextLayout

/// Reordering through the engine: directions, alignment, marks after their base, mirroring,
/// isolation of ornate quotations and of marked runs (issue 5 item 5).
@Suite struct BidiLayoutTests {
    @Test func arabicInsideEnglishIsReversedInPlace() {
        #expect(LayoutProbe.lines("Hello مرحبا world", shaping: false) == ["Hello ابحرم world"])
    }

    @Test func rightToLeftParagraphIsRightAligned() {
        let line = TextLayoutEngine.layout(StyledParagraph(plain: "שלום עולם"), options: LayoutProbe.options(width: 20))[0]
        #expect(line.isRightToLeft)
        #expect(line.indent == 11)
        #expect(line.text == String(repeating: " ", count: 11) + "םלוע םולש")
    }

    @Test func firstStrongCharacterDecidesWhenAuto() {
        let line = TextLayoutEngine.layout(StyledParagraph(plain: "مرحبا means hello"), options: LayoutProbe.options(width: 30))[0]
        #expect(line.isRightToLeft)
        let english = TextLayoutEngine.layout(StyledParagraph(plain: "hello مرحبا"), options: LayoutProbe.options(width: 30))[0]
        #expect(!english.isRightToLeft)
        #expect(english.indent == 0)
    }

    @Test func paragraphDirectionFromMarkupWins() {
        let forced = StyledParagraph(plain: "مرحبا means hello", direction: .leftToRight)
        let line = TextLayoutEngine.layout(forced, options: LayoutProbe.options(width: 30, shaping: false))[0]
        #expect(!line.isRightToLeft)
        #expect(line.text == "ابحرم means hello")
    }

    @Test func optionOverridesParagraphDirection() {
        let options = LayoutProbe.options(width: 10, direction: .rightToLeft)
        let line = TextLayoutEngine.layout(StyledParagraph(plain: "abc def", direction: .leftToRight), options: options)[0]
        #expect(line.isRightToLeft)
        #expect(line.text == "   abc def")
    }

    /// The terminal-wg example: שָׁלוֹם is emitted as U+05DD U+05D5 U+05B9 U+05DC U+05E9 U+05B8 U+05C1.
    @Test func marksFollowTheirBase() {
        let line = TextLayoutEngine.layout(StyledParagraph(plain: "שָׁלוֹם"), options: LayoutProbe.options(width: 10))[0]
        #expect(LayoutProbe.drawnScalars([line]) == [0x05DD, 0x05D5, 0x05B9, 0x05DC, 0x05E9, 0x05B8, 0x05C1])
        #expect(line.cells.map(\.text) == ["ם", "וֹ", "ל", "שָׁ"])
        #expect(line.cells.map(\.sourceRange) == [6..<7, 4..<6, 3..<4, 0..<3])
    }

    @Test func bracketsAreMirroredInRightToLeftRuns() {
        #expect(LayoutProbe.lines("مرحبا (عالم)", width: 12, shaping: false) == ["(ملاع) ابحرم"])
    }

    @Test func bracketsAroundArabicInEnglishStayPut() {
        #expect(LayoutProbe.lines("see (عالم) here", shaping: false) == ["see (ملاع) here"])
    }

    /// Without an isolate the ornaments would point away from the verse.
    @Test func ornateParenthesesEncloseAQuotationInEnglish() {
        let lines = LayoutProbe.lines("The verse ﴿بسم الله﴾ means", shaping: false)
        #expect(lines == ["The verse \u{FD3E}هللا مسب\u{FD3F} means"])
    }

    @Test func ornateParenthesesEncloseWhenWrapped() {
        let text = "The verse ﴿بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ﴾ means"
        let lines = TextLayoutEngine.layout(StyledParagraph(plain: text), options: LayoutProbe.options(width: 30))
        let scalars = lines.map { LayoutProbe.drawnScalars([$0]) }
        let opener = scalars.firstIndex { $0.contains(0xFD3F) }
        let closer = scalars.firstIndex { $0.contains(0xFD3E) }
        #expect(opener == 0 && closer == 1)
        // The opener is the rightmost character of the Arabic on the first line.
        #expect(scalars[0].last(where: { $0 > 0x600 }) == 0xFD3F)
        // The closer is the leftmost character of the Arabic on the second line.
        #expect(scalars[1].first(where: { $0 > 0x600 }) == 0xFD3E)
    }

    @Test func ornateQuotationInRightToLeftParagraphIsUnchanged() {
        #expect(LayoutProbe.lines("قال ﴿بسم﴾", width: 10, shaping: false) == [" \u{FD3E}مسب\u{FD3F} لاق"])
    }

    @Test func latinQuotationInOrnateParenthesesIsNotIsolated() {
        #expect(LayoutProbe.lines("a ﴿bc﴾ d") == ["a \u{FD3F}bc\u{FD3E} d"])
    }

    @Test func isolatedRunKeepsItsNumbersWithIt() {
        let paragraph = StyledParagraph([
            StyledRun("Title: "), StyledRun("מה 123 נשמע", isolate: .rightToLeft), StyledRun(" - ok"),
        ])
        let line = TextLayoutEngine.layout(paragraph, options: LayoutProbe.options())[0]
        #expect(line.text == "Title: עמשנ 123 המ - ok")
    }

    @Test func terminalModeKeepsLogicalOrderUnshapedAndLeftAligned() {
        let line = TextLayoutEngine.layout(StyledParagraph(plain: "שלום עולם لا"), options: LayoutProbe.options(width: 20, bidi: .terminal))[0]
        #expect(line.text == "שלום עולם لا")
        #expect(line.indent == 0)
    }

    @Test func persianDigitsReadLeftToRightInsidePersian() {
        #expect(LayoutProbe.lines("سال ۱۴۰۳ است", width: 12, shaping: false) == ["تسا ۱۴۰۳ لاس"])
    }

    @Test func lineBreakInsideAParagraphKeepsOneDirection() {
        let lines = TextLayoutEngine.layout(StyledParagraph(plain: "שלום\nabc"), options: LayoutProbe.options(width: 6))
        #expect(lines.map(\.text) == ["  םולש", "   abc"])
    }

    /// the sanitizer policy in Docs/Decisions.md: URLs inside RTL text are wrapped in LRI…PDI so their parts keep order.
    @Test func leftToRightIsolateKeepsAURLWholeInsideArabic() {
        let paragraph = StyledParagraph([
            StyledRun("الرابط "), StyledRun("example.org/a-1/b", isolate: .leftToRight), StyledRun(" هنا"),
        ])
        let line = TextLayoutEngine.layout(paragraph, options: LayoutProbe.options(width: 30, shaping: false))[0]
        #expect(line.text.hasSuffix("انه example.org/a-1/b طبارلا"))
    }

    @Test func firstStrongIsolateTakesItsOwnDirection() {
        let paragraph = StyledParagraph([StyledRun("Name: "), StyledRun("שלום 12", isolate: .auto), StyledRun("!")])
        let line = TextLayoutEngine.layout(paragraph, options: LayoutProbe.options(width: 30))[0]
        #expect(line.text == "Name: 12 םולש!")
    }

    @Test(arguments: [80, 33, 17])
    func preparedParagraphLaysOutLikeLayout(_ width: Int) {
        for (_, paragraph) in GoldenSamples.paragraphs {
            let prepared = TextLayoutEngine.prepare(paragraph, options: LayoutProbe.options(width: 80))
            #expect(prepared.lines(width: width) == TextLayoutEngine.layout(paragraph, options: LayoutProbe.options(width: width)))
        }
    }
}
