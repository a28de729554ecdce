/// One line of the top list: a virtual list or a feed, with the number shown beside it.
public struct SourceRow: Hashable, Sendable {
    public var source: ArticleSource
    public var title: String
    /// Unread articles (bookmarked ones for the Bookmarks list).
    public var count: Int
    public var tags: [String]
    /// BCP 47 language of the feed, a direction hint for its title.
    public var language: String?
    /// The feed's last fetch error, shown as a marker and in the status line.
    public var error: String?

    public init(
        source: ArticleSource, title: String, count: Int, tags: [String] = [], language: String? = nil,
        error: String? = nil
    ) {
        self.source = source
        self.title = title
        self.count = count
        self.tags = tags
        self.language = language
        self.error = error
    }
}
