import Foundation
import NewsModel

/// The syndication format a document was recognised as (the `format` field of `parse --json`).
public enum FeedFormat: String, Hashable, Sendable, Codable {
    case rss
    case rdf
    case atom
    case jsonFeed = "jsonfeed"
}

/// Everything a feed document says, as plain values: the output of every feed parser.
public struct ParsedFeed: Hashable, Sendable {
    public var format: FeedFormat
    /// "0.91", "2.0", "1.0", "0.3", "1.1" …
    public var version: String?
    public var title: String?
    /// Absolute URL of the site the feed describes.
    public var link: String?
    public var description: String?
    public var language: String?
    public var updated: Date?
    public var items: [ParsedItem]
    /// Problems that did not stop parsing (recovered XML errors, skipped items), one line each.
    public var warnings: [String]

    public init(
        format: FeedFormat, version: String? = nil, title: String? = nil, link: String? = nil,
        description: String? = nil, language: String? = nil, updated: Date? = nil, items: [ParsedItem] = [],
        warnings: [String] = []
    ) {
        self.format = format
        self.version = version
        self.title = title
        self.link = link
        self.description = description
        self.language = language
        self.updated = updated
        self.items = items
        self.warnings = warnings
    }
}

/// One entry of a feed.
public struct ParsedItem: Hashable, Sendable {
    /// Stable identity: guid/id, else link, else a hash of title and content.
    public var id: String
    public var title: String?
    public var link: String?
    public var author: String?
    public var published: Date?
    public var updated: Date?
    /// Short description as plain text.
    public var summary: String?
    /// Full body as HTML (content:encoded, Atom content, JSON Feed content_html …).
    public var contentHTML: String?
    public var categories: [String]
    public var enclosures: [Enclosure]
    /// `xml:lang` or `dc:language` of the item, else nil (the feed's applies).
    public var language: String?

    public init(
        id: String, title: String? = nil, link: String? = nil, author: String? = nil, published: Date? = nil,
        updated: Date? = nil, summary: String? = nil, contentHTML: String? = nil, categories: [String] = [],
        enclosures: [Enclosure] = [], language: String? = nil
    ) {
        self.id = id
        self.title = title
        self.link = link
        self.author = author
        self.published = published
        self.updated = updated
        self.summary = summary
        self.contentHTML = contentHTML
        self.categories = categories
        self.enclosures = enclosures
        self.language = language
    }
}
