import NewsModel
import NewsStore

/// The reader's view of the database: `NewsStore` behind the `ReaderLibrary` protocol.
public struct NewsStoreLibrary: ReaderLibrary {
    public let store: NewsStore

    public init(store: NewsStore) {
        self.store = store
    }

    public func feeds() throws -> [Feed] { try store.feeds() }

    public func counts() throws -> SourceCounts {
        let counts = try store.counts()
        return SourceCounts(all: counts.all, unread: counts.unread, bookmarked: counts.bookmarked)
    }

    public func articles(in source: ArticleSource, limit: Int, offset: Int) throws -> [ArticleSummary] {
        try store.articles(in: Self.list(source), limit: limit, offset: offset)
    }

    public func article(_ id: ArticleID) throws -> Article? { try store.article(id) }

    public func setRead(_ ids: [ArticleID], _ read: Bool) throws { _ = try store.setRead(ids, read) }

    public func setBookmarked(_ ids: [ArticleID], _ bookmarked: Bool) throws { _ = try store.setBookmarked(ids, bookmarked) }

    public func markAllRead(in source: ArticleSource) throws -> Int { try store.markAllRead(in: Self.list(source)) }

    public func search(_ query: String, limit: Int) throws -> [SearchResult] {
        try store.search(query, limit: limit).map {
            SearchResult(summary: $0.summary, snippet: $0.snippet, highlights: $0.highlights)
        }
    }

    static func list(_ source: ArticleSource) -> ArticleList {
        switch source {
        case .all: .all
        case .unread: .unread
        case .bookmarked: .bookmarked
        case .feed(let id): .feed(id)
        }
    }
}
