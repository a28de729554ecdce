import Foundation

/// A subscription as the reader and `feeds --json` show it: stored fields plus live counts.
public struct Feed: Hashable, Sendable, Identifiable {
    public var id: FeedID
    /// The URL fetched on refresh (`file://` for local feeds).
    public var url: String
    public var title: String
    /// The site the feed describes (`<link>` of the channel), when the feed names one.
    public var siteLink: String?
    public var tags: [String]
    /// BCP 47 tag from the feed (`<language>`, `xml:lang`), used as a direction hint for titles.
    public var language: String?
    public var unreadCount: Int
    public var totalCount: Int
    public var lastFetched: Date?
    /// HTTP status of the last fetch (nil for local files or when never fetched).
    public var lastStatus: Int?
    /// One-line description of the last failure, nil when the last fetch succeeded.
    public var lastError: String?

    public init(
        id: FeedID, url: String, title: String, siteLink: String? = nil, tags: [String] = [],
        language: String? = nil, unreadCount: Int = 0, totalCount: Int = 0, lastFetched: Date? = nil,
        lastStatus: Int? = nil, lastError: String? = nil
    ) {
        self.id = id
        self.url = url
        self.title = title
        self.siteLink = siteLink
        self.tags = tags
        self.language = language
        self.unreadCount = unreadCount
        self.totalCount = totalCount
        self.lastFetched = lastFetched
        self.lastStatus = lastStatus
        self.lastError = lastError
    }
}
