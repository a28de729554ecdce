import Testing
@testable import TextLayout

/// Golden renderings of mixed-script paragraphs at 80, 40 and 20 columns, text rows and style
/// rows separately, plus structural checks that do not depend on the goldens.
@Suite struct GoldenLayoutTests {
    @Test(arguments: [80, 40, 20])
    func matchesGolden(_ width: Int) {
        GoldenFile.check(Self.render(width: width, options: LayoutProbe.options(width: width)), named: "mixed-\(width).txt")
    }

    @Test func unshapedMatchesGolden() {
        GoldenFile.check(Self.render(width: 40, options: LayoutProbe.options(width: 40, shaping: false)), named: "mixed-40-unshaped.txt")
    }

    @Test func terminalModeMatchesGolden() {
        GoldenFile.check(Self.render(width: 40, options: LayoutProbe.options(width: 40, bidi: .terminal)), named: "mixed-40-terminal.txt")
    }

    @Test(arguments: [80, 40, 20])
    func structure(_ width: Int) {
        for (name, paragraph) in GoldenSamples.paragraphs {
            let lines = TextLayoutEngine.layout(paragraph, options: LayoutProbe.options(width: width))
            for line in lines {
                #expect(line.width <= width, "\(name) at \(width): too wide")
                for cell in line.cells {
                    let widths = cell.text.unicodeScalars.map { TerminalWidth.of($0.value) }
                    if cell.width == 2 && cell.text.unicodeScalars.count > 1 { continue }  // emoji sequence
                    #expect(widths.first == cell.width, "\(name): cell \(cell.text) does not start with its base")
                    #expect(widths.dropFirst().allSatisfy { $0 == 0 }, "\(name): a spacing character inside a cell")
                    #expect(cell.text.unicodeScalars.count <= 5)
                }
            }
            let drawn = LayoutProbe.drawnScalars(lines)
            if let closer = drawn.firstIndex(of: 0xFD3E), let opener = drawn.firstIndex(of: 0xFD3F), lines.count == 1 {
                #expect(closer < opener, "\(name): ornate parentheses must enclose the quotation")
            }
        }
    }

    /// Each paragraph under a heading; each line as `|text|` padded to the width, followed by its
    /// styles as `:…:` (b bold, l link, h highlight, . none; wide cells twice).
    static func render(width: Int, options: LayoutOptions) -> String {
        var out = ""
        for (name, paragraph) in GoldenSamples.paragraphs {
            out += "## \(name)\n"
            for line in TextLayoutEngine.layout(paragraph, options: options) {
                let padding = String(repeating: " ", count: max(0, width - line.width))
                out += "|" + line.text + padding + "|\n"
                var styles = String(repeating: " ", count: line.indent)
                for cell in line.cells {
                    let mark: Character =
                        cell.style.contains(.highlight) ? "h" : cell.style.contains(.link) ? "l" : cell.style.contains(.bold) ? "b" : "."
                    styles += String(repeating: mark, count: cell.width)
                }
                out += ":" + styles + padding + ":\n"
            }
        }
        return out
    }
}
