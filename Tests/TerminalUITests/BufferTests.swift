import Testing
import TextLayout

@testable import TerminalUI

@Suite struct BufferTests {
    @Test func wideCellTakesTwoColumnsWithContinuation() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        let used = buffer.set(Cell("新", width: 2), at: Point(x: 1, y: 0))
        #expect(used == 2)
        #expect(buffer[1, 0].text == "新")
        #expect(buffer[2, 0].isContinuation)
        #expect(buffer.textLines() == [" 新 "])
    }

    @Test func overwritingHalfAWideCellBlanksTheOtherHalf() {
        var buffer = Buffer(size: Size(width: 4, height: 1))
        buffer.set(Cell("新", width: 2), at: Point(x: 0, y: 0))
        buffer.set(Cell("x"), at: Point(x: 1, y: 0))
        #expect(buffer.textLines() == [" x  "])
        buffer.set(Cell("聞", width: 2), at: Point(x: 2, y: 0))
        buffer.set(Cell("y"), at: Point(x: 2, y: 0))
        #expect(buffer.textLines() == [" xy "])
    }

    @Test func wideCellAtTheClipEdgeBecomesABlank() {
        var buffer = Buffer(size: Size(width: 3, height: 1))
        let used = buffer.set(Cell("新", width: 2), at: Point(x: 2, y: 0))
        #expect(used == 1)
        #expect(buffer.textLines() == ["   "])
    }

    @Test func writesOutsideTheBufferAreIgnored() {
        var buffer = Buffer(size: Size(width: 2, height: 2))
        #expect(buffer.set(Cell("a"), at: Point(x: 5, y: 0)) == 0)
        #expect(buffer.set(Cell("a"), at: Point(x: -1, y: 0)) == 0)
        buffer.fill(Rect(x: 1, y: 1, width: 10, height: 10), with: Cell("#"))
        #expect(buffer.textLines() == ["  ", " #"])
    }

    @Test func zeroSizedBufferIsHarmless() {
        var buffer = Buffer(size: .zero)
        buffer.write("hello", at: Point(x: 0, y: 0), width: 5)
        buffer.fill(Rect(x: 0, y: 0, width: 3, height: 3), with: Cell("x"))
        #expect(buffer.textLines().isEmpty)
        #expect(buffer.styleRuns().isEmpty)
    }

    @Test func combiningMarksStayInTheirBaseCell() {
        var buffer = Buffer(size: Size(width: 3, height: 1))
        let line = VisualLine(cells: [
            LaidOutCell(text: "بِ", width: 1, sourceRange: 0..<2),
            LaidOutCell(text: "\u{0651}", width: 0, sourceRange: 2..<3),
        ])
        let used = buffer.draw(line, at: Point(x: 0, y: 0), width: 3) { _ in .plain }
        #expect(used == 1)
        #expect(buffer[0, 0].text == "بِ\u{0651}")
    }

    @Test func drawKeepsIndentAndClips() {
        var buffer = Buffer(size: Size(width: 6, height: 1))
        let cells = "abcdef".map { LaidOutCell(text: String($0), width: 1, sourceRange: 0..<1) }
        buffer.draw(VisualLine(indent: 2, cells: cells), at: Point(x: 0, y: 0), width: 5) { _ in .plain }
        #expect(buffer.textLines() == ["  abc "])
    }

    @Test func styleRunsListOnlyStyledStretches() {
        var buffer = Buffer(size: Size(width: 6, height: 2))
        buffer.write("ab", at: Point(x: 1, y: 0), width: 2, style: Style(attributes: [.bold]))
        buffer.applyStyle(Style(foreground: .red), to: Rect(x: 0, y: 1, width: 3, height: 1))
        #expect(buffer.styleRuns().map(\.description) == ["0:1-3 bold", "1:0-3 fg=red"])
    }
}
