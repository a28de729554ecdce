import TerminalUI

/// The open article: its laid-out lines from the scroll position, with a one-column margin.
struct ArticlePane: Widget {
    var view: ArticleViewState?
    var isFocused: Bool
    var theme: Theme

    func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let text = area.inset(left: 1, right: 1)
        guard let view else {
            let hint = "Choose an article and press Enter"
            buffer.write(hint, at: Point(x: text.x + 1, y: text.y + 1), width: text.width - 1, style: theme.meta)
            return
        }
        if view.isLoading {
            buffer.write(view.summary.title, at: Point(x: text.x, y: text.y), width: text.width, style: theme.unread)
            buffer.write("Loading…", at: Point(x: text.x, y: text.y + 2), width: text.width, style: theme.meta)
            return
        }
        for offset in 0..<text.height {
            let index = view.scroll + offset
            guard view.lines.indices.contains(index) else { break }
            buffer.draw(view.lines[index], at: Point(x: text.x, y: text.y + offset), width: text.width) { cell in
                theme.style(for: cell.style)
            }
        }
    }
}
