import NewsModel

/// One search result (DESIGN §6): the article's list row and a snippet of its original text.
public struct SearchHit: Hashable, Sendable {
    public var summary: ArticleSummary
    /// A passage of the article's text as stored (harakat and niqqud kept), whitespace collapsed.
    public var snippet: String
    /// Matched words in `snippet`, as `Character` offsets.
    public var highlights: [Range<Int>]

    public init(summary: ArticleSummary, snippet: String, highlights: [Range<Int>]) {
        self.summary = summary
        self.snippet = snippet
        self.highlights = highlights
    }
}
