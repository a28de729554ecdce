import NewsModel
import TextLayout

/// The open article: its parsed document (kept so a resize only re-lays out, never re-parses)
/// and its lines for the current width.
public struct ArticleViewState: Hashable, Sendable {
    public var summary: ArticleSummary
    /// Nil while the body is loading.
    public var article: Article?
    public var document: ArticleDocument?
    public var lines: [VisualLine]
    /// The width `lines` were laid out for.
    public var layoutWidth: Int
    /// Index of the first visible line.
    public var scroll: Int

    public init(summary: ArticleSummary) {
        self.summary = summary
        self.article = nil
        self.document = nil
        self.lines = []
        self.layoutWidth = 0
        self.scroll = 0
    }

    public var id: ArticleID { summary.id }
    public var isLoading: Bool { document == nil }

    /// Link targets by number: the article's own link is not numbered, body links are `[1]`….
    public var links: [String] { document?.links ?? [] }

    mutating func scroll(by delta: Int, visible: Int) {
        scroll = min(max(0, scroll + delta), max(0, lines.count - max(1, visible)))
    }
}
