import Foundation
import NewsModel

/// One item of a fetched feed, ready to store.
public struct IncomingArticle: Hashable, Sendable {
    /// Identity within its feed (RSS `<guid>`, Atom `<id>`, JSON Feed `id`, else the link).
    /// An item that comes back with the same guid updates the stored article in place.
    public var guid: String
    public var title: String
    public var link: String?
    public var author: String?
    public var published: Date?
    public var updated: Date?
    public var contentHTML: String?
    /// The body as plain text (`HTMLConverter.plainText`): what search indexes and snippets show.
    public var plainText: String
    public var categories: [String]
    public var enclosures: [Enclosure]
    public var language: String?

    public init(
        guid: String, title: String, link: String? = nil, author: String? = nil, published: Date? = nil,
        updated: Date? = nil, contentHTML: String? = nil, plainText: String = "", categories: [String] = [],
        enclosures: [Enclosure] = [], language: String? = nil
    ) {
        self.guid = guid
        self.title = title
        self.link = link
        self.author = author
        self.published = published
        self.updated = updated
        self.contentHTML = contentHTML
        self.plainText = plainText
        self.categories = categories
        self.enclosures = enclosures
        self.language = language
    }
}
