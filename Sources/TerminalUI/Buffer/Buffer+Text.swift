import TextLayout

extension Buffer {
    /// Draws a visual line from TextLayout left to right, starting at `origin` and clipped to
    /// `width` columns. The line's own indent (right alignment of right-to-left paragraphs) is
    /// kept unless `honoringIndent` is false. Returns the columns used.
    ///
    /// Cells arrive in visual order with their marks already attached (bidi.md §3), so drawing
    /// is a plain left-to-right copy; a stray zero-width cell joins the cell before it.
    @discardableResult
    public mutating func draw(
        _ line: VisualLine, at origin: Point, width: Int, honoringIndent: Bool = true,
        style: (LaidOutCell) -> Style
    ) -> Int {
        let clip = Rect(x: origin.x, y: origin.y, width: width, height: 1)
        var x = origin.x + (honoringIndent ? line.indent : 0)
        var lastX: Int?
        for laid in line.cells {
            if laid.width <= 0 {
                if let lastX, clip.contains(Point(x: lastX, y: origin.y)) {
                    var previous = self[lastX, origin.y]
                    previous.text += laid.text
                    set(previous, at: Point(x: lastX, y: origin.y), clip: clip)
                }
                continue
            }
            guard x < clip.maxX else { break }
            let cell = Cell(laid.text, width: UInt8(min(laid.width, 2)), style: style(laid))
            let used = set(cell, at: Point(x: x, y: origin.y), clip: clip)
            lastX = x
            x += used == 0 ? laid.width : max(used, min(laid.width, 2))
        }
        return max(0, min(x, clip.maxX) - origin.x)
    }

    /// Writes a one-line piece of interface text (a label, a hint, a title) through the layout
    /// engine so that widths, marks and right-to-left runs are handled as everywhere else.
    /// Text wider than `width` is cut. Returns the columns used.
    @discardableResult
    public mutating func write(
        _ text: String, at origin: Point, width: Int, style: Style = .plain,
        direction: ParagraphDirection = .auto, options: LayoutOptions = LayoutOptions(width: 1)
    ) -> Int {
        guard width > 0, !text.isEmpty else { return 0 }
        let line = TextLayoutEngine.fitLine(
            StyledParagraph(plain: text, direction: direction), width: width, options: options)
        return draw(line, at: origin, width: width, honoringIndent: false) { _ in style }
    }
}
