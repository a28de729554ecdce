import TerminalUI

/// The visible entries of a scrolled list, one slot each, the selected one highlighted: the loop
/// the feed list, the article list and the search results share.
struct ListRows {
    var cursor: ListCursor
    var count: Int
    /// Rows per entry (a search result is a title line and a snippet line).
    var slotHeight = 1
    var isFocused: Bool
    var theme: Theme

    /// Calls `drawEntry` with each visible entry's index and slot, then highlights the selection's
    /// first row.
    func render(into buffer: inout Buffer, area: Rect, drawEntry: (Int, Rect, inout Buffer) -> Void) {
        for slot in 0..<(area.height / slotHeight) {
            let index = cursor.top + slot
            guard index >= 0, index < count else { break }
            let slotArea = Rect(x: area.x, y: area.y + slot * slotHeight, width: area.width, height: slotHeight)
            drawEntry(index, slotArea, &buffer)
            if index == cursor.selected {
                buffer.applyStyle(isFocused ? theme.selection : theme.unfocusedSelection, to: slotArea.row(0))
            }
        }
    }
}
