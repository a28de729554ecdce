/// Entry point of the layout pipeline (DESIGN §7): styled paragraphs in, visual lines out.
///
/// Pure: no I/O, no ncurses, never throws. Each call is one UAX #9 paragraph; UI fields are laid
/// out one by one so nothing in one can affect another (the sanitizer policy in Docs/Decisions.md).
public enum TextLayoutEngine {
    /// Wraps `paragraph` to `options.width` columns and returns its lines in visual order, RTL
    /// paragraphs right-aligned through `VisualLine.indent`. An empty paragraph is one empty line.
    public static func layout(_ paragraph: StyledParagraph, options: LayoutOptions) -> [VisualLine] {
        prepare(paragraph, options: options).lines(width: options.width)
    }

    /// The width-independent work for `paragraph`, to lay it out again at other widths cheaply.
    public static func prepare(_ paragraph: StyledParagraph, options: LayoutOptions) -> PreparedParagraph {
        PreparedParagraph(paragraph, options: options)
    }

    /// A single-line field (title, feed name, column) cut to `width` in logical order with an
    /// ellipsis, then reordered as its own paragraph.
    public static func fitLine(_ paragraph: StyledParagraph, width: Int, options: LayoutOptions) -> VisualLine {
        LineFitter.fit(paragraph, width: width, options: options)
    }
}
