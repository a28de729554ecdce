import TerminalUI

/// The key list, drawn from the keymap itself so it never disagrees with what keys do.
struct HelpOverlay: Widget {
    var keymap: Keymap
    var theme: Theme

    static let order: [Command] = [
        .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom, .open, .back, .backOrQuit, .quit, .switchPane,
        .search, .nextUnread, .previousUnread, .toggleBookmark, .showBookmarks, .toggleRead, .markAllRead,
        .refreshFeed, .refreshAll, .openLink, .copyLink, .help,
    ]

    func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        var entries = Self.order.map { command in
            (keymap.keys(for: command).prefix(3).map(\.description).joined(separator: " "), command.summary)
        }
        entries.append(("1–9", "follow numbered link"))
        let keyWidth = min(16, entries.map(\.0.count).max() ?? 0)
        let box = Rect(
            x: area.x + max(0, (area.width - 60) / 2), y: area.y, width: min(area.width, 60), height: min(area.height, entries.count + 3))
        buffer.fill(box, with: .blank())
        frame(box, into: &buffer)
        buffer.write(" Keys ", at: Point(x: box.x + 2, y: box.y), width: box.width - 4, style: theme.paneTitle)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        for (offset, entry) in entries.enumerated() where offset < inner.height - 1 {
            let y = inner.y + offset
            buffer.write(entry.0, at: Point(x: inner.x, y: y), width: keyWidth, style: theme.unread)
            buffer.write(entry.1, at: Point(x: inner.x + keyWidth + 2, y: y), width: inner.width - keyWidth - 2)
        }
        buffer.write("any key closes", at: Point(x: inner.x, y: inner.maxY - 1), width: inner.width, style: theme.meta)
    }

    private func frame(_ box: Rect, into buffer: inout Buffer) {
        guard box.width >= 2, box.height >= 2 else { return }
        let style = theme.separator
        for x in box.x..<box.maxX {
            buffer.set(Cell("─", style: style), at: Point(x: x, y: box.y))
            buffer.set(Cell("─", style: style), at: Point(x: x, y: box.maxY - 1))
        }
        for y in box.y..<box.maxY {
            buffer.set(Cell("│", style: style), at: Point(x: box.x, y: y))
            buffer.set(Cell("│", style: style), at: Point(x: box.maxX - 1, y: y))
        }
        buffer.set(Cell("┌", style: style), at: Point(x: box.x, y: box.y))
        buffer.set(Cell("┐", style: style), at: Point(x: box.maxX - 1, y: box.y))
        buffer.set(Cell("└", style: style), at: Point(x: box.x, y: box.maxY - 1))
        buffer.set(Cell("┘", style: style), at: Point(x: box.maxX - 1, y: box.maxY - 1))
    }
}
