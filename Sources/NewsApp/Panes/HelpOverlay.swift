import TerminalUI

/// The key list, drawn from the keymap itself so it never disagrees with what keys do.
struct HelpOverlay: Widget {
    var keymap: Keymap
    var theme: Theme
    /// First entry row shown, when the list is taller than the screen (40×12).
    var scroll = 0

    static let order: [Command] = [
        .moveDown, .moveUp, .pageDown, .pageUp, .top, .bottom, .open, .back, .backOrQuit, .quit, .switchPane,
        .search, .nextUnread, .previousUnread, .toggleBookmark, .showBookmarks, .toggleRead, .markAllRead,
        .refreshFeed, .refreshAll, .openLink, .copyLink, .help,
    ]
    static let keyWidth = 10

    /// The help's lines for `keymap`: as many of each command's keys as fit the column, then what
    /// it does.
    static func entries(for keymap: Keymap) -> [(keys: String, summary: String)] {
        order.map { command in
            // As many of the command's keys as fit the column, main ones first.
            var keys = ""
            for key in keymap.keys(for: command).map(\.description) {
                let next = keys.isEmpty ? key : keys + " " + key
                if next.count > keyWidth { break }
                keys = next
            }
            return (keys, command.summary)
        } + [("1–9", "follow numbered link")]
    }

    /// How the entries are arranged in `area`: one column when it fits, two side by side on a
    /// short screen that is wide enough; `visibleRows` of the `rows` fit in the box.
    struct Geometry {
        var columns: Int
        var columnWidth: Int
        var rows: Int
        var box: Rect
        var visibleRows: Int
        var maximumScroll: Int { max(0, rows - visibleRows) }
    }

    static func geometry(entryCount: Int, area: Rect) -> Geometry {
        let columns = entryCount + 3 > area.height && area.width >= 78 ? 2 : 1
        let columnWidth = columns == 2 ? 37 : min(area.width - 4, 48)
        let rows = (entryCount + columns - 1) / columns
        let width = min(area.width, columns * columnWidth + (columns - 1) * 2 + 4)
        let box = Rect(
            x: area.x + max(0, (area.width - width) / 2), y: area.y, width: width, height: min(area.height, rows + 3))
        // The box's inner height less the footer line.
        return Geometry(columns: columns, columnWidth: columnWidth, rows: rows, box: box, visibleRows: max(0, box.height - 3))
    }

    /// The largest useful scroll for this key map in `area`.
    static func maximumScroll(keymap: Keymap, area: Rect) -> Int {
        geometry(entryCount: entries(for: keymap).count, area: area).maximumScroll
    }

    func render(into buffer: inout Buffer, area: Rect) {
        guard area.width >= 4, area.height >= 3 else { return }
        let entries = Self.entries(for: keymap)
        let geometry = Self.geometry(entryCount: entries.count, area: area)
        let box = geometry.box
        let scroll = min(max(0, scroll), geometry.maximumScroll)
        buffer.fill(box, with: .blank())
        frame(box, into: &buffer)
        buffer.write(" Keys ", at: Point(x: box.x + 2, y: box.y), width: box.width - 4, style: theme.paneTitle)
        let inner = box.inset(top: 1, left: 2, bottom: 1, right: 2)
        for (index, entry) in entries.enumerated() {
            let row = index % geometry.rows - scroll
            let column = index / geometry.rows
            guard row >= 0, row < geometry.visibleRows else { continue }
            let x = inner.x + column * (geometry.columnWidth + 2)
            let y = inner.y + row
            buffer.write(entry.keys, at: Point(x: x, y: y), width: Self.keyWidth, style: theme.unread)
            buffer.write(
                entry.summary, at: Point(x: x + Self.keyWidth + 1, y: y), width: geometry.columnWidth - Self.keyWidth - 1)
        }
        let footer = geometry.maximumScroll > 0 ? "j/k scroll, other keys close" : "any key closes"
        buffer.write(footer, at: Point(x: inner.x, y: inner.maxY - 1), width: inner.width, style: theme.meta)
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
