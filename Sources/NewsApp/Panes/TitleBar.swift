import TerminalUI

/// The top row: where the reader is, and how much is unread.
struct TitleBar: Widget {
    var state: AppState
    var theme: Theme

    func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area, with: .blank(theme.titleBar))
        let right = state.hasLoadedSources ? "\(state.counts.unread) unread" : "loading…"
        let rightWidth = right.count + 1
        var place = "sahifa"
        if state.focus == .search {
            place += " › Search"
        } else if state.focus == .article, let article = state.article {
            place += " › " + article.summary.feedTitle
        } else if let list = state.articleList {
            place += " › " + list.title
        }
        let leftWidth = area.width - (area.width > rightWidth + 10 ? rightWidth : 0) - 1
        buffer.write(place, at: Point(x: area.x + 1, y: area.y), width: leftWidth - 1, style: theme.titleBar, direction: .leftToRight)
        if area.width > rightWidth + 10 {
            buffer.write(right, at: Point(x: area.maxX - rightWidth, y: area.y), width: rightWidth, style: theme.titleBar)
        }
    }
}
