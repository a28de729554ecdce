/// Something that draws itself into part of a buffer (ratatui's `Widget`).
///
/// Widgets are values rebuilt every frame from the application state. They clip to `area`, never
/// fail, and draw something sensible (often nothing) when the area is tiny or empty.
public protocol Widget {
    func render(into buffer: inout Buffer, area: Rect)
}
