import Testing
@testable import TextLayout

/// Hostile or broken input is laid out sanely and in bounded time, never a crash (issue 5,
/// "Bad input"). The engine is fed unsanitized text here on purpose.
@Suite struct BadInputTests {
    @Test func unpairedOverrideDoesNotReverseTheText() {
        #expect(LayoutProbe.lines("invoice_\u{202E}fdp.exe") == ["invoice_fdp.exe"])
    }

    @Test func unpairedIsolateCannotCaptureTheEngineOwnIsolates() {
        let paragraph = StyledParagraph([StyledRun("a \u{2067}b"), StyledRun("שלום", isolate: .rightToLeft), StyledRun(" c")])
        let line = TextLayoutEngine.layout(paragraph, options: LayoutProbe.options())[0]
        #expect(line.text == "a bםולש c")
    }

    @Test func fiftyMarksOnOneLetterDrawAtMostFour() {
        let text = "a" + String(repeating: "\u{301}", count: 50) + "b"
        let line = TextLayoutEngine.layout(StyledParagraph(plain: text), options: LayoutProbe.options())[0]
        #expect(line.cells.count == 2)
        #expect(line.cells[0].text.unicodeScalars.count == 5)
        #expect(line.width == 2)
    }

    @Test func megabyteLineWithoutSpacesIsBrokenIntoFullLines() {
        let text = String(repeating: "abcdefghij", count: 100_000)
        let lines = TextLayoutEngine.layout(StyledParagraph(plain: text), options: LayoutProbe.options(width: 80))
        #expect(lines.count == 12_500)
        #expect(lines.allSatisfy { $0.width == 80 })
    }

    @Test func longArabicWordWithoutSpacesIsBrokenAtClusters() {
        let text = String(repeating: "بِسْمِ", count: 20_000)
        let lines = TextLayoutEngine.layout(StyledParagraph(plain: text), options: LayoutProbe.options(width: 80))
        #expect(lines.count == 750)  // three letters a word, marks ride on them
        #expect(lines.allSatisfy { $0.width <= 80 && !$0.cells.isEmpty })
        #expect(lines.allSatisfy { $0.cells.first.map { !$0.text.hasPrefix("\u{25CC}") } ?? false })
    }

    @Test func unassignedAndUnprintableCodePointsBecomeReplacementCharacters() {
        let line = TextLayoutEngine.layout(StyledParagraph(plain: "a\u{378}b\u{E01F0}c\u{7}d"), options: LayoutProbe.options())[0]
        #expect(line.text == "a\u{FFFD}b\u{FFFD}cd")
        #expect(line.width == 6)
    }

    @Test func decoderReplacementCharactersAreOrdinaryCells() {
        let decoded = String(decoding: [0x61, 0xED, 0xA0, 0x80, 0x62] as [UInt8], as: UTF8.self)
        let line = TextLayoutEngine.layout(StyledParagraph(plain: decoded), options: LayoutProbe.options())[0]
        #expect(line.cells.first?.text == "a")
        #expect(line.cells.last?.text == "b")
        #expect(line.cells.dropFirst().dropLast().allSatisfy { $0.text == "\u{FFFD}" && $0.width == 1 })
    }

    @Test func escapeSequencesNeverReachTheTerminal() {
        let line = TextLayoutEngine.layout(StyledParagraph(plain: "red\u{1B}[31m!\u{9B}0m"), options: LayoutProbe.options())[0]
        #expect(!line.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func deeplyNestedControlsAreBounded() {
        let text = String(repeating: "\u{202B}x", count: 500) + String(repeating: "\u{202C}", count: 500)
        let lines = TextLayoutEngine.layout(StyledParagraph(plain: text), options: LayoutProbe.options(width: 40))
        #expect(lines.map { $0.cells.count }.reduce(0, +) == 500)
    }

    @Test(arguments: [0, 1, 2])
    func tinyWidthsStillTerminate(_ width: Int) {
        let lines = LayoutProbe.lines("漢字 ﴿بسم﴾ 👨‍👩‍👧 e\u{301}", width: width)
        #expect(lines.count < 40)
    }

    @Test func emptyParagraphIsOneEmptyLine() {
        #expect(TextLayoutEngine.layout(StyledParagraph([]), options: LayoutProbe.options()) == [VisualLine(cells: [])])
    }
}
