import Foundation
import GRDB
import NewsModel

/// An `IncomingArticle` cleaned for storage (`StoredText`) with its column values and digest.
struct IncomingRow: Sendable {
    var guid: String
    var title: String
    var link: String?
    var author: String?
    var published: Double?
    var updated: Double?
    var contentHTML: String?
    var plainText: String
    var categories: String
    var enclosures: String
    var language: String?
    var contentHash: Int64

    init(_ article: IncomingArticle) {
        title = StoredText.field(article.title)
        link = StoredText.optionalField(article.link)
        let guid = StoredText.field(article.guid)
        self.guid = guid.isEmpty ? (link ?? title) : guid
        author = StoredText.optionalField(article.author)
        published = StoredDate.value(article.published)
        updated = StoredDate.value(article.updated)
        contentHTML = article.contentHTML.map(StoredText.body)
        plainText = StoredText.body(article.plainText)
        let categories = article.categories.map(StoredText.field).filter { !$0.isEmpty }
        self.categories = StoredJSON.array(categories)
        let enclosures = article.enclosures.map {
            Enclosure(url: StoredText.field($0.url), type: StoredText.optionalField($0.type), length: $0.length)
        }
        self.enclosures = StoredJSON.array(enclosures)
        language = StoredText.optionalField(article.language)
        var hash = ContentHash()
        // The plain text is derived from the HTML, so it only needs hashing when there is no HTML.
        for text in [title, link, author, contentHTML ?? plainText, self.categories, self.enclosures, language] {
            hash.add(text)
        }
        // `updated` is left out: feeds that stamp every item with the time of each request would
        // otherwise rewrite (and re-index) every article on every refresh.
        hash.add(published)
        contentHash = hash.storedValue
    }
}
