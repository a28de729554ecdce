import Foundation
import NewsModel
import TextLayout

extension ArticleLayout {
    /// A table as aligned columns when they fit the width, otherwise each row as a short list of
    /// `header: value` lines, which stays readable on a phone-sized terminal.
    static func tableLines(_ table: NewsModel.Table, width: Int, options: LayoutOptions) -> [VisualLine] {
        var lines: [VisualLine] = []
        if let caption = table.caption {
            let paragraph = StyledParagraph(
                ArticleRenderer().runs(of: caption.inlines, adding: [.italic]), direction: .auto)
            var captionOptions = options
            captionOptions.width = width
            lines += TextLayoutEngine.layout(paragraph, options: captionOptions)
        }
        let rows = table.rows.map { row in row.map { cellParagraph($0) } }
        let columns = rows.map(\.count).max() ?? 0
        guard columns > 0 else { return lines }
        var natural = Array(repeating: 0, count: columns)
        for row in rows {
            for (column, paragraph) in row.enumerated() {
                natural[column] = max(natural[column], naturalWidth(paragraph, options: options))
            }
        }
        let separator = " │ "
        if natural.reduce(0, +) + separator.count * (columns - 1) <= width {
            for (index, row) in rows.enumerated() {
                lines.append(gridLine(row, widths: natural, separator: separator, options: options))
                if index == 0, table.rows[0].allSatisfy(\.isHeader), rows.count > 1 {
                    let ruleText = natural.map { String(repeating: "─", count: $0) }.joined(separator: "─┼─")
                    lines.append(VisualLine(cells: cells(of: [StyledRun(ruleText, style: [.dim])])))
                }
            }
            return lines
        }
        return lines + stackedLines(table, rows: rows, width: width, options: options)
    }

    static func cellParagraph(_ cell: TableCell) -> StyledParagraph {
        let runs = ArticleRenderer().runs(of: cell.content.inlines, adding: cell.isHeader ? [.bold] : [])
        let flat = runs.map { run -> StyledRun in
            var run = run
            run.text = run.text.replacingOccurrences(of: "\n", with: " ")
            return run
        }
        return StyledParagraph(flat, direction: ArticleRenderer().direction(of: cell.content))
    }

    static func naturalWidth(_ paragraph: StyledParagraph, options: LayoutOptions) -> Int {
        TextLayoutEngine.fitLine(paragraph, width: Int.max / 4, options: options).cells.reduce(0) { $0 + $1.width }
    }

    static func gridLine(_ row: [StyledParagraph], widths: [Int], separator: String, options: LayoutOptions) -> VisualLine {
        var cells: [LaidOutCell] = []
        for (column, width) in widths.enumerated() {
            if column > 0 { cells += self.cells(of: [StyledRun(separator, style: [.dim])]) }
            let line = column < row.count ? TextLayoutEngine.fitLine(row[column], width: width, options: options) : VisualLine(cells: [])
            let used = line.cells.reduce(0) { $0 + $1.width }
            cells += line.cells + spaces(width - used)
        }
        while cells.last?.text == " " { cells.removeLast() }
        return VisualLine(cells: cells)
    }

    /// Each row as `header: value` paragraphs, rows separated by a blank line.
    static func stackedLines(_ table: NewsModel.Table, rows: [[StyledParagraph]], width: Int, options: LayoutOptions) -> [VisualLine] {
        let hasHeader = table.rows.first?.allSatisfy(\.isHeader) == true
        let headers = hasHeader ? table.rows[0].map(\.content.plainText) : []
        var lines: [VisualLine] = []
        var rowOptions = options
        rowOptions.width = max(1, width - 2)
        for (index, row) in rows.enumerated() where !(hasHeader && index == 0) {
            if !lines.isEmpty { lines.append(VisualLine(cells: [])) }
            for (column, paragraph) in row.enumerated() {
                var runs = paragraph.runs
                if column < headers.count, !headers[column].isEmpty {
                    runs.insert(StyledRun(headers[column] + ": ", style: [.bold], isolate: .auto), at: 0)
                }
                let laidOut = TextLayoutEngine.layout(StyledParagraph(runs, direction: paragraph.direction), options: rowOptions)
                for (lineIndex, line) in laidOut.enumerated() {
                    let marker = column == 0 && lineIndex == 0 ? "• " : "  "
                    lines.append(prefixed(line, with: [StyledRun(marker, style: [.dim])], width: rowOptions.width))
                }
            }
        }
        return lines
    }
}
