import FeedParsing
import Foundation
import NewsModel
import NewsStore

/// Turns fetched bytes into what the store records: parse (with the HTTP charset and the size cap),
/// then map `ParsedFeed` onto `FeedUpdate` with each item's plain text for search (DESIGN §6).
enum FeedMapping {
    /// Parses a fetched document; an HTML page or other non-feed becomes `.notAFeed`.
    static func parse(_ response: FetchResponse, requested: URL, maxBytes: Int) throws(RefreshError) -> ParsedFeed {
        var limits = ParseLimits.default
        limits.maxBytes = maxBytes
        do {
            return try FeedParser.parse(
                response.body, documentURL: response.finalURL, httpCharset: response.charset, limits: limits)
        } catch {
            throw refreshError(error, url: requested.absoluteString, contentType: response.contentType)
        }
    }

    static func refreshError(_ error: FeedParseError, url: String, contentType: String?) -> RefreshError {
        switch error {
        case .notAFeed(let looksLike, _):
            return .notAFeed(url: url, looksLike: looksLike)
        case .tooLarge(_, let limit):
            return .tooLarge(url: url, limit: limit)
        default:
            if let contentType, contentType.lowercased().hasPrefix("text/html") {
                return .notAFeed(url: url, looksLike: "an HTML page")
            }
            return .unparsable(url: url, reason: error.description)
        }
    }

    static func update(_ feed: ParsedFeed, response: FetchResponse) -> FeedUpdate {
        FeedUpdate(
            title: feed.title, siteLink: feed.link, language: feed.language, etag: response.etag,
            lastModified: response.lastModified, httpStatus: response.status,
            newURL: response.movedTo?.absoluteString, articles: feed.items.map { article($0) })
    }

    /// One item as the store wants it: a title always, HTML body, plain text for the index.
    static func article(_ item: ParsedItem) -> IncomingArticle {
        let html = item.contentHTML ?? item.summary.map(paragraphs)
        let plain = html.map { HTMLConverter.plainText(fromHTML: $0) } ?? ""
        return IncomingArticle(
            guid: item.id, title: title(of: item, plainText: plain), link: item.link, author: item.author,
            published: item.published ?? item.updated, updated: item.updated, contentHTML: html,
            plainText: plain, categories: item.categories, enclosures: item.enclosures, language: item.language)
    }

    /// RSS 2.0 allows items without a title; show the start of the text, else the link.
    private static func title(of item: ParsedItem, plainText: String) -> String {
        if let title = item.title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty { return title }
        let words = plainText.split(whereSeparator: \.isWhitespace).prefix(12).joined(separator: " ")
        if !words.isEmpty { return words.count < plainText.count ? words + "…" : words }
        return item.link ?? "(untitled)"
    }

    /// A plain-text summary as HTML paragraphs, so every body reaches the reader as HTML.
    static func paragraphs(_ text: String) -> String {
        text.components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
            .map { "<p>" + escape($0) + "</p>" }
            .joined(separator: "\n")
    }

    private static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
