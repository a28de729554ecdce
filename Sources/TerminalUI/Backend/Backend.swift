/// The output side of a real (or recorded) terminal: the only place that turns cells into
/// terminal writes. Output only; keys come from an `InputSource`.
///
/// Drawing never fails from the caller's point of view: a backend that cannot draw a cell (the
/// bottom-right corner on some terminals) skips it.
public protocol Backend: AnyObject {
    /// Current size of the screen in cells.
    func size() -> Size
    /// Draws the given cells; wide cells cover the column after them.
    func draw(_ changes: [CellChange])
    /// Blanks the whole screen (after a resize, before a full redraw).
    func clear()
    /// Makes everything drawn so far visible.
    func flush()
}
