import NewsModel

/// One search hit: the article and a snippet of its original (vocalized) text with the matched
/// parts marked (DESIGN §6).
public struct SearchResult: Hashable, Sendable {
    public var summary: ArticleSummary
    public var snippet: String
    /// Character offsets into `snippet` to highlight.
    public var highlights: [Range<Int>]

    public init(summary: ArticleSummary, snippet: String, highlights: [Range<Int>] = []) {
        self.summary = summary
        self.snippet = snippet
        self.highlights = highlights
    }
}
