import TerminalUI

/// Where the title bar, panes and status line go for a terminal size (DESIGN §5): list and article
/// side by side from 120 columns, one pane at a time below that, and a "too small" screen under
/// 40×12.
public struct ScreenLayout: Hashable, Sendable {
    public static let minimumSize = Size(width: 40, height: 12)
    public static let sideBySideWidth = 120

    public var isTooSmall: Bool
    public var isSideBySide: Bool
    public var titleBar: Rect
    public var statusLine: Rect
    /// The left (or only) pane: the list or the search; nil when the article fills the screen.
    public var listArea: Rect?
    /// The article pane; nil when a narrow screen shows the list.
    public var articleArea: Rect?
    /// The column between the two panes of a wide screen.
    public var separator: Rect?

    public init(size: Size, focus: Pane, hasArticle: Bool) {
        let whole = Rect(size)
        isTooSmall = size.width < Self.minimumSize.width || size.height < Self.minimumSize.height
        isSideBySide = size.width >= Self.sideBySideWidth
        let (title, rest) = whole.splitTop(1)
        let (body, status) = rest.splitBottom(1)
        titleBar = title
        statusLine = status
        if isSideBySide {
            let (left, right) = body.splitLeft(Self.listWidth(for: size.width))
            let (line, article) = right.splitLeft(1)
            listArea = left
            separator = line
            articleArea = article
        } else if focus == .article && hasArticle {
            articleArea = body
        } else {
            listArea = body
        }
    }

    /// The left pane's width on a wide screen: two fifths, at least 40 columns.
    static func listWidth(for width: Int) -> Int { max(40, width * 2 / 5) }

    /// Columns the article pane has, whether or not it is visible now, so that an article is laid
    /// out once per terminal width.
    public static func articlePaneWidth(for size: Size) -> Int {
        size.width >= sideBySideWidth ? size.width - listWidth(for: size.width) - 1 : size.width
    }

    /// Rows between the title bar and the status line.
    public static func bodyHeight(for size: Size) -> Int { max(0, size.height - 2) }
}
