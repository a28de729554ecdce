/// Selection and scroll position of a list (ratatui's `ListState`): the window keeps its place
/// until the selection would leave it.
public struct ListCursor: Hashable, Sendable {
    public var selected: Int
    /// Index of the first visible row.
    public var top: Int

    public init(selected: Int = 0, top: Int = 0) {
        self.selected = selected
        self.top = top
    }

    /// Moves the selection by `delta` rows within `count` items, scrolling a window of `visible` rows.
    public mutating func move(by delta: Int, count: Int, visible: Int) {
        select(selected + delta, count: count, visible: visible)
    }

    /// Selects `index` (clamped to the list) and scrolls just enough to show it.
    public mutating func select(_ index: Int, count: Int, visible: Int) {
        selected = count == 0 ? 0 : min(max(0, index), count - 1)
        scrollToSelection(count: count, visible: visible)
    }

    /// Brings the selection back into a window of `visible` rows (after a resize or a reload).
    public mutating func scrollToSelection(count: Int, visible: Int) {
        let rows = max(1, visible)
        selected = count == 0 ? 0 : min(max(0, selected), count - 1)
        if selected < top { top = selected }
        if selected >= top + rows { top = selected - rows + 1 }
        top = max(0, min(top, max(0, count - rows)))
    }
}
