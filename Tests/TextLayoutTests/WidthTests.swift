import Testing
@testable import TextLayout

/// Cell widths agree with glibc `wcwidth` (what ncurses uses), with emoji sequences as one
/// two-column cell and clusters kept whole (issue 5 item 3).
@Suite struct WidthTests {
    @Test(arguments: [
        (UInt32(0x61), 1), (0x3042, 2), (0x6F22, 2), (0x0301, 0), (0x064E, 0), (0x05B8, 0), (0xFEFF, 0),
        (0xFEFB, 1), (0xFE8E, 1), (0xFD3E, 1), (0x06F1, 1), (0x1F600, 2), (0x1100, 2), (0x1161, 0), (0x11A8, 0),
        (0xAC00, 2), (0x07, -1),
    ])
    func wcwidthTable(_ scalar: UInt32, _ width: Int) {
        #expect(TerminalWidth.of(scalar) == width)
    }

    @Test(arguments: [
        ("👨‍👩‍👧", 2), ("🇯🇵", 2), ("❤️", 2), ("1️⃣", 2), ("👍🏽", 2), ("😀", 2),
        ("\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}", 2),
    ])
    func emojiSequenceIsOneWideCell(_ emoji: String, _ width: Int) {
        let line = TextLayoutEngine.layout(StyledParagraph(plain: emoji), options: LayoutProbe.options())[0]
        #expect(line.cells.count == 1)
        #expect(line.cells[0].width == width)
        #expect(line.cells[0].text == emoji)
        #expect(line.cells[0].sourceRange == 0..<emoji.unicodeScalars.count)
    }

    @Test func hangulJamoClusterIsTwoColumns() {
        let line = TextLayoutEngine.layout(StyledParagraph(plain: "\u{1112}\u{1161}\u{11AB}"), options: LayoutProbe.options())[0]
        #expect(line.width == 2)
    }

    @Test func wideCharactersTakeTwoColumns() {
        let line = TextLayoutEngine.layout(StyledParagraph(plain: "漢字 ok"), options: LayoutProbe.options())[0]
        #expect(line.cells.map(\.width) == [2, 2, 1, 1, 1])
    }

    @Test func combiningMarksShareTheirBaseCell() {
        let line = TextLayoutEngine.layout(StyledParagraph(plain: "e\u{301}x"), options: LayoutProbe.options())[0]
        #expect(line.cells.map(\.text) == ["e\u{301}", "x"])
        #expect(line.cells[0].sourceRange == 0..<2)
    }

    @Test func leadingMarkIsDrawnOnADottedCircle() {
        let line = TextLayoutEngine.layout(StyledParagraph(plain: "\u{301}ab"), options: LayoutProbe.options())[0]
        #expect(line.cells.first?.text == "\u{25CC}\u{301}")
        #expect(line.width == 3)
    }

    @Test func clustersAreNeverSplitAcrossLines() {
        let lines = TextLayoutEngine.layout(StyledParagraph(plain: "👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧"), options: LayoutProbe.options(width: 3))
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.cells.count == 1 && $0.width == 2 })
    }

    @Test func wideCharacterWiderThanTheLineIsLeftOut() {
        let lines = TextLayoutEngine.layout(StyledParagraph(plain: "漢a"), options: LayoutProbe.options(width: 1))
        #expect(lines.allSatisfy { $0.width <= 1 })
        #expect(lines.map(\.text).joined() == "a")
    }
}
