/// A successfully fetched and parsed feed, mapped from `ParsedFeed` by FeedFetching.
public struct FeedUpdate: Hashable, Sendable {
    /// The feed's own title; ignored when the user gave the subscription a title.
    public var title: String?
    public var siteLink: String?
    public var language: String?
    public var etag: String?
    public var lastModified: String?
    /// HTTP status of the final response (nil for `file://`).
    public var httpStatus: Int?
    /// The URL to fetch from now on, after a permanent redirect (301/308).
    public var newURL: String?
    public var articles: [IncomingArticle]

    public init(
        title: String? = nil, siteLink: String? = nil, language: String? = nil, etag: String? = nil,
        lastModified: String? = nil, httpStatus: Int? = 200, newURL: String? = nil, articles: [IncomingArticle] = []
    ) {
        self.title = title
        self.siteLink = siteLink
        self.language = language
        self.etag = etag
        self.lastModified = lastModified
        self.httpStatus = httpStatus
        self.newURL = newURL
        self.articles = articles
    }
}
