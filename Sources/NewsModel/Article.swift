import Foundation

/// One row of an article list: everything a list pane or `articles --json` needs, no body.
public struct ArticleSummary: Hashable, Sendable, Identifiable {
    public var id: ArticleID
    public var feedID: FeedID
    public var feedURL: String
    public var feedTitle: String
    public var title: String
    public var link: String?
    public var author: String?
    public var published: Date?
    public var isRead: Bool
    public var isBookmarked: Bool
    /// Direction hint for the title: the item's or the feed's language.
    public var language: String?

    public init(
        id: ArticleID, feedID: FeedID, feedURL: String, feedTitle: String, title: String,
        link: String? = nil, author: String? = nil, published: Date? = nil, isRead: Bool = false,
        isBookmarked: Bool = false, language: String? = nil
    ) {
        self.id = id
        self.feedID = feedID
        self.feedURL = feedURL
        self.feedTitle = feedTitle
        self.title = title
        self.link = link
        self.author = author
        self.published = published
        self.isRead = isRead
        self.isBookmarked = isBookmarked
        self.language = language
    }
}

/// A stored article with its body, as the article pane and `show` need it.
public struct Article: Hashable, Sendable, Identifiable {
    public var summary: ArticleSummary
    /// The body as the feed delivered it (sanitized HTML), or nil for a title-only item.
    public var contentHTML: String?
    public var categories: [String]
    public var enclosures: [Enclosure]

    public var id: ArticleID { summary.id }

    public init(summary: ArticleSummary, contentHTML: String?, categories: [String] = [], enclosures: [Enclosure] = []) {
        self.summary = summary
        self.contentHTML = contentHTML
        self.categories = categories
        self.enclosures = enclosures
    }
}

/// A media file attached to an item (RSS `<enclosure>`, Atom `rel="enclosure"`, JSON Feed attachment).
public struct Enclosure: Hashable, Sendable, Codable {
    public var url: String
    public var type: String?
    public var length: Int64?

    public init(url: String, type: String? = nil, length: Int64? = nil) {
        self.url = url
        self.type = type
        self.length = length
    }
}
