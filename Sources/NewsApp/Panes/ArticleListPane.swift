import NewsModel
import TerminalUI
import TextLayout

/// The articles of the chosen list: unread marker, date, title, and the feed when the list mixes
/// feeds. Titles go through the layout engine so Arabic and Hebrew titles read correctly.
struct ArticleListPane: Widget {
    var list: ArticleListState
    var state: AppState
    var isFocused: Bool
    var theme: Theme

    func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let (header, rows) = area.splitTop(1)
        let count = list.items.count
        let suffix = count == 0 ? "" : list.isComplete ? " (\(count))" : " (\(count)+)"
        buffer.write(list.title + suffix, at: Point(x: header.x + 1, y: header.y), width: header.width - 1, style: theme.paneTitle)
        if list.items.isEmpty {
            let text = list.isLoading ? "Loading…" : "No articles here"
            buffer.write(text, at: Point(x: rows.x + 2, y: rows.y), width: rows.width - 2, style: theme.meta)
            return
        }
        let dates = DateText(timeZone: state.settings.timeZone)
        ListRows(cursor: list.cursor, count: list.items.count, isFocused: isFocused, theme: theme)
            .render(into: &buffer, area: rows) { index, row, buffer in
                draw(list.items[index], in: row, dates: dates, into: &buffer)
            }
    }

    private var showsFeed: Bool {
        if case .feed = list.source { return false }
        return true
    }

    private func draw(_ item: ArticleSummary, in row: Rect, dates: DateText, into buffer: inout Buffer) {
        ArticleRow(item: item, showsFeed: showsFeed, state: state, dates: dates, theme: theme).render(into: &buffer, area: row)
    }
}
