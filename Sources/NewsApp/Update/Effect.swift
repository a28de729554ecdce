import NewsModel

/// Work `update` asks for, as plain data (aesthetics.md §5.2 a): tests compare it with `==`;
/// the effect runner performs it and posts the result back as an `Event`.
public enum Effect: Hashable, Sendable {
    /// Feeds with their counts, and the virtual lists' totals.
    case loadSources
    case loadArticles(ArticleSource, offset: Int, limit: Int)
    case loadArticle(ArticleID)
    case setRead([ArticleID], Bool)
    case setBookmarked(ArticleID, Bool)
    case markAllRead(ArticleSource)
    case search(String)
    /// Nil refreshes every feed.
    case refresh([FeedID]?)
    case openLink(String)
    case copyLink(String)
    case quit
}
