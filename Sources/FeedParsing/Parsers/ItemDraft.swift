import Foundation
import NewsModel

/// What one item or entry said, collected raw while its elements stream past; `finish` turns
/// it into a `ParsedItem` by the same rules for every format.
struct ItemDraft {
    /// How a title is to be read: RSS titles are often escaped HTML, Atom says which it is.
    enum TitleKind { case text, html, guess }

    var guid: String?
    var title: String?
    var titleKind = TitleKind.guess
    var link: String?
    /// Links that only stand in when there is no better one (`guid isPermaLink`, Atom `related`, content `src`).
    var fallbackLink: String?
    var authors: [String] = []
    var published: String?
    var updated: String?
    /// HTML: RSS `description`, Atom `summary`.
    var summaryHTML: String?
    /// HTML: `content:encoded`, Atom `content`, JSON Feed `content_html`.
    var contentHTML: String?
    /// Plain text that may stand in for a summary (`itunes:summary`, `media:description`).
    var extraSummaryText: String?
    var categories: [String] = []
    var enclosures: [Enclosure] = []
    var language: String?
    /// The base in scope where the body was found, for its relative links (`xml:base`, document URL).
    var contentBase: URL?
    /// A date already parsed (JSON Feed).
    var publishedDate: Date?
    var updatedDate: Date?

    mutating func addCategory(_ raw: String?) {
        guard let category = TextCleanup.field(raw.map(HTMLText.decodeIfNeeded)), !categories.contains(category) else {
            return
        }
        categories.append(category)
    }

    mutating func addAuthor(_ raw: String?) {
        guard let author = TextCleanup.field(raw.map(AuthorName.clean)), !authors.contains(author) else { return }
        authors.append(author)
    }

    mutating func addEnclosure(url: String?, type: String?, length: String?) {
        guard let url, !enclosures.contains(where: { $0.url == url }) else { return }
        let cleanType = TextCleanup.field(type)
        let size = length.flatMap { Int64($0.trimming(.whitespaces)) }.flatMap { $0 > 0 ? $0 : nil }
        enclosures.append(Enclosure(url: url, type: cleanType, length: size))
    }
}
