import Testing
@testable import TextLayout

/// Single-line fields: cut in logical order with an ellipsis, then reordered (issue 5 item 5).
@Suite struct FitLineTests {
    static func fit(_ text: String, _ width: Int, shaping: Bool = false) -> VisualLine {
        TextLayoutEngine.fitLine(StyledParagraph(plain: text), width: width, options: LayoutProbe.options(shaping: shaping))
    }

    @Test func shortFieldIsUnchanged() {
        #expect(Self.fit("Breaking news", 20).text == "Breaking news")
    }

    @Test func longFieldEndsInAnEllipsis() {
        let line = Self.fit("Breaking news from everywhere", 10)
        #expect(line.text == "Breaking…")
        #expect(line.width <= 10)
    }

    @Test func rightToLeftFieldKeepsItsBeginningAndShowsTheEllipsisAtTheLeft() {
        let line = Self.fit("مرحبا بالعالم الجميل", 12)
        #expect(line.isRightToLeft)
        #expect(line.text == "…اعلاب ابحرم")
        #expect(line.width == 12)
    }

    @Test func cutNeverFlipsTheDirection() {
        // Cut after the English word, the rest would start with Arabic; the field stays LTR.
        let line = Self.fit("News: مرحبا بالعالم", 9)
        #expect(!line.isRightToLeft)
        #expect(line.text == "News: رم…")
    }

    @Test func wideCharactersAreNotHalved() {
        #expect(Self.fit("漢字漢字", 4).text == "漢…")
        #expect(Self.fit("漢字漢字", 5).text == "漢字…")
    }

    @Test(arguments: [0, -3])
    func noRoomGivesAnEmptyLine(_ width: Int) {
        #expect(Self.fit("anything", width).cells.isEmpty)
    }

    @Test func oneColumnIsJustTheEllipsis() {
        #expect(Self.fit("anything", 1).text == "…")
    }

    @Test func lineBreaksInAFieldBecomeSpaces() {
        #expect(Self.fit("a\nb", 10).text == "a b")
    }

    @Test func shapedFieldFitsAfterShaping() {
        let line = Self.fit("السلام عليكم ورحمة الله وبركاته", 15, shaping: true)
        #expect(line.width <= 15)
        #expect(line.cells.contains { $0.text == "…" })
    }

    @Test(arguments: [1, 2, 5, 9, 17, 33])
    func fieldNeverExceedsItsWidth(_ width: Int) {
        for text in ["The verse ﴿بسم الله﴾ means", "漢字かな交じり文", "👨‍👩‍👧👨‍👩‍👧 family", "שָׁלוֹם עֲלֵיכֶם"] {
            let line = TextLayoutEngine.fitLine(StyledParagraph(plain: text), width: width, options: LayoutProbe.options())
            #expect(line.width <= width, "\(text) at \(width)")
        }
    }
}
