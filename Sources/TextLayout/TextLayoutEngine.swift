/// Entry point of the layout pipeline (DESIGN §7): paragraphs in, visual lines out.
///
/// Placeholder implementation: left-to-right, one cell per Character, greedy wrapping.
public enum TextLayoutEngine {
    public static func layout(_ paragraph: StyledParagraph, options: LayoutOptions) -> [VisualLine] {
        var lines: [VisualLine] = []
        var current: [LaidOutCell] = []
        var used = 0
        var offset = 0
        for run in paragraph.runs {
            for character in run.text {
                let count = character.unicodeScalars.count
                defer { offset += count }
                if character == "\n" {
                    lines.append(VisualLine(cells: current)); current = []; used = 0; continue
                }
                let width = character.unicodeScalars.first.map { $0.value >= 0x1100 && $0.value < 0xA000 ? 2 : 1 } ?? 1
                if used + width > max(options.width, 1) {
                    lines.append(VisualLine(cells: current)); current = []; used = 0
                }
                current.append(LaidOutCell(text: String(character), width: width, style: run.style, link: run.link, sourceRange: offset..<offset + count))
                used += width
            }
        }
        lines.append(VisualLine(cells: current))
        return lines
    }

    /// A single-line field (title, feed name, column) cut to `width` with an ellipsis.
    public static func fitLine(_ paragraph: StyledParagraph, width: Int, options: LayoutOptions) -> VisualLine {
        var options = options
        options.width = Int.max / 2
        guard var line = layout(paragraph, options: options).first else { return VisualLine(cells: []) }
        while line.width > width, !line.cells.isEmpty { line.cells.removeLast() }
        return line
    }
}
