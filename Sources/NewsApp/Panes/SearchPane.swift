import TerminalUI
import TextLayout

/// The query line and the live results, each with a snippet whose matches are highlighted.
struct SearchPane: Widget {
    var search: SearchState
    var state: AppState
    var isFocused: Bool
    var theme: Theme

    func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let (queryRow, rest) = area.splitTop(1)
        let (infoRow, results) = rest.splitTop(1)
        let prompt = "/ "
        buffer.write(prompt, at: Point(x: queryRow.x, y: queryRow.y), width: queryRow.width, style: theme.paneTitle)
        let queryWidth = max(0, queryRow.width - prompt.count - 1)
        let options = state.settings.layoutOptions(width: queryWidth)
        let query = TextLayoutEngine.fitLine(StyledParagraph(plain: search.query), width: queryWidth, options: options)
        let used = buffer.draw(query, at: Point(x: queryRow.x + 2, y: queryRow.y), width: queryWidth, honoringIndent: false) { _ in
            .plain
        }
        if isFocused {
            buffer.set(Cell(" ", style: theme.selection), at: Point(x: queryRow.x + 2 + used, y: queryRow.y), clip: queryRow)
        }
        buffer.write(info, at: Point(x: infoRow.x, y: infoRow.y), width: infoRow.width,
                     style: search.error == nil ? theme.meta : theme.error)
        let dates = DateText(timeZone: state.settings.timeZone)
        ListRows(cursor: search.cursor, count: search.results.count, slotHeight: 2, isFocused: isFocused, theme: theme)
            .render(into: &buffer, area: results) { index, rows, buffer in
                draw(search.results[index], in: rows, dates: dates, into: &buffer)
            }
    }

    private var info: String {
        if let error = search.error { return error }
        if search.query.isEmpty { return "Type to search titles, authors, feeds and text" }
        if search.resultsQuery.isEmpty { return "Searching…" }
        let count = search.results.count
        return count == 0 ? "No results" : "\(count) result\(count == 1 ? "" : "s")"
    }

    private func draw(_ result: SearchResult, in area: Rect, dates: DateText, into buffer: inout Buffer) {
        ArticleRow(item: result.summary, showsFeed: true, state: state, dates: dates, theme: theme).render(into: &buffer, area: area.row(0))
        let snippetRow = area.row(1).inset(left: 4)
        let options = state.settings.layoutOptions(width: snippetRow.width)
        let line = TextLayoutEngine.fitLine(Self.snippetParagraph(result), width: snippetRow.width, options: options)
        buffer.draw(line, at: Point(x: snippetRow.x, y: snippetRow.y), width: snippetRow.width, honoringIndent: false) { cell in
            cell.style.contains(.highlight) ? theme.highlight : theme.meta
        }
    }

    /// The snippet as runs, the matched ranges marked (offsets count Characters, DESIGN §6).
    static func snippetParagraph(_ result: SearchResult) -> StyledParagraph {
        let characters = Array(result.snippet.replacingNewlines())
        var runs: [StyledRun] = []
        var position = 0
        for range in result.highlights.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            let lower = min(max(range.lowerBound, position), characters.count)
            let upper = min(max(range.upperBound, lower), characters.count)
            if lower > position { runs.append(StyledRun(String(characters[position..<lower]))) }
            if upper > lower { runs.append(StyledRun(String(characters[lower..<upper]), style: [.highlight])) }
            position = upper
        }
        if position < characters.count { runs.append(StyledRun(String(characters[position...]))) }
        return StyledParagraph(runs)
    }
}

extension String {
    /// The text on one line: newlines and tabs become spaces.
    func replacingNewlines() -> String {
        String(map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
