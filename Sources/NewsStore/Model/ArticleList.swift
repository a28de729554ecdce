import NewsModel

/// The lists an article pane can show (DESIGN §5): the virtual lists and one feed's articles.
/// Every list is ordered newest first.
public enum ArticleList: Hashable, Sendable {
    case all
    case unread
    case bookmarked
    case feed(FeedID)
}
