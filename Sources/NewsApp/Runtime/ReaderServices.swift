import NewsModel

/// Everything the effect runner calls, injected so the loop runs on a real database in the
/// app and on fixtures in tests.
public struct ReaderServices: Sendable {
    public typealias ProgressHandler = @Sendable (RefreshProgressInfo) -> Void

    public var library: any ReaderLibrary
    /// Stored HTML → document (FeedParsing's HTML converter in the app).
    public var makeDocument: @Sendable (Article) -> ArticleDocument
    /// Fetches the given feeds (nil: all), reporting progress; nil when refreshing is unavailable.
    public var refresh: (@Sendable ([FeedID]?, @escaping ProgressHandler) async -> RefreshOutcome)?
    public var searchLimit: Int

    public init(
        library: any ReaderLibrary, makeDocument: @escaping @Sendable (Article) -> ArticleDocument,
        refresh: (@Sendable ([FeedID]?, @escaping ProgressHandler) async -> RefreshOutcome)? = nil,
        searchLimit: Int = 100
    ) {
        self.library = library
        self.makeDocument = makeDocument
        self.refresh = refresh
        self.searchLimit = searchLimit
    }
}
