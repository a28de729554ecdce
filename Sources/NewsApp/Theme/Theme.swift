import TerminalUI
import TextLayout

/// The reader's styles in one place. Every distinction that matters also has an attribute
/// (reverse, bold, dim, underline), so a mono terminal or `NO_COLOR` loses only the colour.
public struct Theme: Hashable, Sendable {
    public var titleBar = Style(foreground: .white, background: .blue, attributes: [.bold])
    public var statusLine = Style.plain
    public var hint = Style(attributes: [.dim])
    public var error = Style(foreground: .red, attributes: [.bold])
    public var paneTitle = Style(attributes: [.bold, .underline])
    public var selection = Style(attributes: [.reverse])
    public var unfocusedSelection = Style(attributes: [.bold, .underline])
    public var unread = Style(attributes: [.bold])
    public var meta = Style(attributes: [.dim])
    public var bookmark = Style(foreground: .yellow, attributes: [.bold])
    public var separator = Style(attributes: [.dim])
    public var highlight = Style(foreground: .black, background: .yellow, attributes: [.bold])

    public init() {}

    public static let standard = Theme()

    /// The look of laid-out text by its layout style.
    public func style(for layout: LayoutStyle) -> Style {
        var style = Style.plain
        if layout.contains(.heading) { style = style.patched(with: Style(foreground: .yellow, attributes: [.bold])) }
        if layout.contains(.bold) { style.attributes.insert(.bold) }
        if layout.contains(.italic) { style.attributes.insert(.italic) }
        if layout.contains(.underline) || layout.contains(.strikethrough) { style.attributes.insert(.underline) }
        if layout.contains(.link) { style = style.patched(with: Style(foreground: .cyan, attributes: [.underline])) }
        if layout.contains(.code) { style = style.patched(with: Style(foreground: .green)) }
        if layout.contains(.quote) { style = style.patched(with: Style(foreground: .magenta)) }
        if layout.contains(.dim) {
            style.attributes.insert(.dim)
            style.attributes.remove(.underline)
        }
        if layout.contains(.highlight) { style = style.patched(with: highlight) }
        return style
    }
}
