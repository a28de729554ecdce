import NewsModel

/// What the reader needs from storage. `NewsStore` provides it; tests may pass a small fake.
public protocol ReaderLibrary: Sendable {
    func feeds() throws -> [Feed]
    func counts() throws -> SourceCounts
    func articles(in source: ArticleSource, limit: Int, offset: Int) throws -> [ArticleSummary]
    func article(_ id: ArticleID) throws -> Article?
    func setRead(_ ids: [ArticleID], _ read: Bool) throws
    func setBookmarked(_ ids: [ArticleID], _ bookmarked: Bool) throws
    func markAllRead(in source: ArticleSource) throws -> Int
    /// A malformed query throws an error whose description explains it.
    func search(_ query: String, limit: Int) throws -> [SearchResult]
}
