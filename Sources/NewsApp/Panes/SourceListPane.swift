import TerminalUI
import TextLayout

/// The top list: All, Unread and Bookmarks, then every feed with its unread count and tags.
struct SourceListPane: Widget {
    var state: AppState
    var isFocused: Bool
    var theme: Theme

    func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let (header, rows) = area.splitTop(1)
        buffer.write("Feeds", at: Point(x: header.x + 1, y: header.y), width: header.width - 1, style: theme.paneTitle)
        if !state.hasLoadedSources {
            buffer.write("Loading…", at: Point(x: rows.x + 2, y: rows.y), width: rows.width - 2, style: theme.meta)
            return
        }
        ListRows(cursor: state.sourceCursor, count: state.sourceCount, isFocused: isFocused, theme: theme)
            .render(into: &buffer, area: rows) { index, row, buffer in draw(state.sourceRow(at: index), in: row, into: &buffer) }
        if state.feeds.isEmpty, rows.height > 5 {
            let hint = "No feeds yet: sahifa add URL, sahifa import FILE"
            buffer.write(hint, at: Point(x: rows.x + 2, y: rows.y + 4), width: rows.width - 2, style: theme.meta)
        }
    }

    private func draw(_ source: SourceRow, in row: Rect, into buffer: inout Buffer) {
        if source.error != nil {
            buffer.write("!", at: Point(x: row.x, y: row.y), width: 1, style: theme.error)
        }
        let count = source.count > 0 ? String(source.count) : ""
        let countWidth = count.isEmpty ? 0 : count.count + 1
        let textWidth = max(0, row.width - 2 - countWidth)
        let isVirtual: Bool
        if case .feed = source.source { isVirtual = false } else { isVirtual = true }
        let titleStyle = source.count > 0 && !isVirtual ? theme.unread : Style.plain
        let options = state.settings.layoutOptions(width: textWidth)
        let title = TextLayoutEngine.fitLine(StyledParagraph(plain: source.title), width: textWidth, options: options)
        var used = buffer.draw(title, at: Point(x: row.x + 2, y: row.y), width: textWidth, honoringIndent: false) { _ in
            titleStyle
        }
        if !source.tags.isEmpty, textWidth - used > 4 {
            let tags = " [" + source.tags.joined(separator: ", ") + "]"
            used += buffer.write(tags, at: Point(x: row.x + 2 + used, y: row.y), width: textWidth - used, style: theme.meta)
        }
        if !count.isEmpty {
            buffer.write(count, at: Point(x: row.maxX - countWidth, y: row.y), width: countWidth, style: theme.meta)
        }
    }
}
