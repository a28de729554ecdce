import NewsModel

/// A list of articles the reader can open: one of the virtual lists or one feed (DESIGN §5).
public enum ArticleSource: Hashable, Sendable {
    case all
    case unread
    case bookmarked
    case feed(FeedID)
}
