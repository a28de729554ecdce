import TerminalUI

/// The bottom row: a message if there is one, else key hints; refresh progress on the right.
struct StatusLine: Widget {
    var state: AppState
    var theme: Theme

    func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area, with: .blank(theme.statusLine))
        var right = ""
        if let refresh = state.refresh {
            right = "↻ \(refresh.completed)/\(refresh.total)"
        } else if state.focus == .article, let article = state.article, !article.lines.isEmpty {
            let visible = ScreenLayout.bodyHeight(for: state.size)
            let end = min(article.lines.count, article.scroll + visible)
            right = end >= article.lines.count ? "end" : "\(end * 100 / article.lines.count)%"
        }
        let rightWidth = right.isEmpty ? 0 : right.count + 1
        let leftWidth = max(0, area.width - rightWidth - 1)
        if let status = state.status {
            buffer.write(status.text, at: Point(x: area.x, y: area.y), width: leftWidth,
                         style: status.kind == .error ? theme.error : theme.statusLine, direction: .leftToRight)
        } else if let failure = selectedFeedFailure {
            buffer.write(failure, at: Point(x: area.x, y: area.y), width: leftWidth, style: theme.error, direction: .leftToRight)
        } else {
            buffer.write(hints, at: Point(x: area.x, y: area.y), width: leftWidth, style: theme.hint)
        }
        if !right.isEmpty, area.width > rightWidth + 10 {
            buffer.write(right, at: Point(x: area.maxX - rightWidth, y: area.y), width: rightWidth, style: theme.hint)
        }
    }

    /// The selected feed's last fetch error, so a `!` in the list can be explained (DESIGN §8).
    var selectedFeedFailure: String? {
        guard state.focus == .list, state.articleList == nil else { return nil }
        let rows = state.sourceRows
        guard rows.indices.contains(state.sourceCursor.selected), let error = rows[state.sourceCursor.selected].error else {
            return nil
        }
        return "\(rows[state.sourceCursor.selected].title): \(error)"
    }

    var hints: String {
        switch state.focus {
        case .search: "type to search  ↑↓ choose  Enter open  Esc leave"
        case .article: "Space page  n next unread  o open link  b bookmark  h back  ? help"
        case .list where state.articleList != nil: "Enter read  b bookmark  u read/unread  h back  / search  ? help"
        case .list: "Enter open  / search  R refresh  ? help  q quit"
        }
    }
}
