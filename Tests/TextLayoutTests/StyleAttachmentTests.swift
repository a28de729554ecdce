import Testing
@testable import TextLayout

/// Styles, link numbers and search highlights stay on their characters through reordering, and
/// `sourceRange` points at the logical scalars each cell draws (issue 5 item 7).
@Suite struct StyleAttachmentTests {
    @Test func highlightStaysOnTheMatchedArabicLetters() {
        // "عالم" highlighted inside "مرحبا عالم"; in visual order it is at the left.
        let paragraph = StyledParagraph(
            [StyledRun("مرحبا "), StyledRun("عالم", style: .highlight), StyledRun(" world")], direction: .leftToRight)
        let line = TextLayoutEngine.layout(paragraph, options: LayoutProbe.options(shaping: false))[0]
        let highlighted = line.cells.filter { $0.style.contains(.highlight) }
        #expect(highlighted.map(\.text).joined() == "ملاع")
        #expect(highlighted.allSatisfy { (6..<10).contains($0.sourceRange.lowerBound) })
        #expect(line.text == "ملاع ابحرم world")
    }

    @Test func boldAndLinkSurviveMirroring() {
        let paragraph = StyledParagraph([
            StyledRun("قال "), StyledRun("(رابط)", style: [.link, .bold], link: 3), StyledRun(" اليوم"),
        ])
        let line = TextLayoutEngine.layout(paragraph, options: LayoutProbe.options(width: 20, shaping: false))[0]
        for cell in line.cells {
            let inLink = (4..<10).contains(cell.sourceRange.lowerBound)
            #expect(cell.link == (inLink ? 3 : nil), "\(cell.text)")
            #expect(cell.style.contains(.bold) == inLink)
        }
        // The run's "(" is logical first; at an odd level it is drawn as ")" on the right.
        let opening = line.cells.first { $0.sourceRange == 4..<5 }
        #expect(opening?.text == ")")
    }

    @Test func sourceRangesAreLogicalScalarOffsets() {
        let text = "abc שָׁלוֹם def"
        let scalars = Array(text.unicodeScalars)
        let line = TextLayoutEngine.layout(StyledParagraph(plain: text), options: LayoutProbe.options())[0]
        for cell in line.cells {
            let source = String(String.UnicodeScalarView(scalars[cell.sourceRange]))
            #expect(cell.text == source)
        }
    }

    @Test func ligatureCellCoversBothLetters() {
        let line = TextLayoutEngine.layout(StyledParagraph(plain: "لا"), options: LayoutProbe.options())[0]
        #expect(line.cells.count == 1)
        #expect(line.cells[0].sourceRange == 0..<2)
    }

    @Test func emojiKeepsItsStyle() {
        let paragraph = StyledParagraph([StyledRun("hi "), StyledRun("👨‍👩‍👧", style: .italic, link: 1)])
        let line = TextLayoutEngine.layout(paragraph, options: LayoutProbe.options())[0]
        #expect(line.cells.last?.style == .italic)
        #expect(line.cells.last?.link == 1)
    }
}
