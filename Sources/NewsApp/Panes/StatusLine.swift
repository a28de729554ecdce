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
        guard state.focus == .list, state.articleList == nil, (0..<state.sourceCount).contains(state.sourceCursor.selected)
        else { return nil }
        let row = state.sourceRow(at: state.sourceCursor.selected)
        return row.error.map { "\(row.title): \($0)" }
    }

    /// Key hints for the focused pane, with the keys the key map really has: a command rebound
    /// in config.toml shows its new key, and an unbound one is left out.
    var hints: String {
        switch state.focus {
        case .search: return "type to search  ↑↓ choose  Enter open  Esc leave"
        case .article:
            return hints([
                (.pageDown, .character(" "), "page"), (.nextUnread, .character("n"), "next unread"),
                (.openLink, .character("o"), "open link"), (.toggleBookmark, .character("b"), "bookmark"),
                (.back, .character("h"), "back"), (.help, .character("?"), "help"),
            ])
        case .list where state.articleList != nil:
            return hints([
                (.open, .enter, "read"), (.toggleBookmark, .character("b"), "bookmark"),
                (.toggleRead, .character("u"), "read/unread"), (.back, .character("h"), "back"),
                (.search, .character("/"), "search"), (.help, .character("?"), "help"),
            ])
        case .list:
            return hints([
                (.open, .enter, "open"), (.search, .character("/"), "search"), (.refreshAll, .character("R"), "refresh"),
                (.help, .character("?"), "help"), (.backOrQuit, .character("q"), "quit"),
            ])
        }
    }

    /// `key label` pairs, each with the usual key when it is still bound to the command, else the
    /// command's first key.
    private func hints(_ entries: [(command: Command, usual: Key, label: String)]) -> String {
        let keymap = state.keymap
        return entries.compactMap { entry -> String? in
            let key = keymap.bindings[entry.usual] == entry.command ? entry.usual : keymap.keys(for: entry.command).first
            return key.map { "\($0) \(entry.label)" }
        }.joined(separator: "  ")
    }
}
