import Testing
@testable import TextLayout

/// Arabic shaping to presentation forms (issue 5 item 6).
@Suite struct ShapingTests {
    static let hiddenScalars: Set<UInt32> = [0xFEFF, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0x2066, 0x2067, 0x2068, 0x2069, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E]

    @Test func lamAlefBecomesOneLigatureCell() {
        let line = TextLayoutEngine.layout(StyledParagraph(plain: "لا"), options: LayoutProbe.options())[0]
        #expect(LayoutProbe.drawnScalars([line]) == [0xFEFB])
        #expect(line.cells.map(\.width) == [1])
    }

    @Test func widthIsMeasuredAfterShaping() {
        let prepared = TextLayoutEngine.prepare(StyledParagraph(plain: "سلام"), options: LayoutProbe.options())
        #expect(prepared.naturalWidth == 3)
        let unshaped = TextLayoutEngine.prepare(StyledParagraph(plain: "سلام"), options: LayoutProbe.options(shaping: false))
        #expect(unshaped.naturalWidth == 4)
    }

    @Test func lettersBecomePresentationForms() {
        // meem initial, hah medial, beh medial, alef final; reordered right to left.
        #expect(LayoutProbe.lines("مرحبا", width: 5) == ["ﺎﺒﺣﺮﻣ"])
    }

    @Test func vocalizedLamAlefStaysTwoCells() {
        let line = TextLayoutEngine.layout(StyledParagraph(plain: "لَا"), options: LayoutProbe.options())[0]
        #expect(line.cells.map(\.width) == [1, 1])
    }

    @Test func shapingCanBeSwitchedOff() {
        #expect(LayoutProbe.lines("مرحبا", width: 5, shaping: false) == ["ابحرم"])
    }

    @Test func noControlsOrFillersAreDrawn() {
        let text = "می‌خواهم \u{200F}لا\u{200E} \u{2067}שלום\u{2069} ﴿بسم﴾ \u{202B}x\u{202C}"
        let lines = TextLayoutEngine.layout(StyledParagraph(plain: text), options: LayoutProbe.options(width: 12))
        #expect(Set(LayoutProbe.drawnScalars(lines)).isDisjoint(with: Self.hiddenScalars))
    }

    @Test func persianZeroWidthNonJoinerStillBreaksTheJoin() {
        // می‌خواهم: yeh stays final before the ZWNJ instead of joining the kheh.
        let line = TextLayoutEngine.layout(StyledParagraph(plain: "می‌خ"), options: LayoutProbe.options())[0]
        let scalars = LayoutProbe.drawnScalars([line])
        #expect(scalars.contains(0xFBFD) || scalars.contains(0xFEF2))  // farsi yeh final / yeh final
    }
}
