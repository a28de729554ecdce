import FeedParsing
import Foundation
import NewsModel
import NewsStore
import TestSupport
import Testing

@testable import NewsApp

/// `sahifa show` prints exactly the lines the article pane draws (DESIGN §4).
@Suite struct ShowCommandTests {
    static let html = """
        <p>The ferry <em>Marigold</em> is back, the <a href="https://example.org/port">port authority</a> said.</p>
        <ul><li>A new hull coating</li><li>Two extra crossings</li></ul>
        <blockquote><p>We are glad to be sailing again.</p></blockquote>
        <p>قَالَ الْمُتَحَدِّثُ إِنَّ الْعَبَّارَةَ عَادَتْ.</p>
        """

    /// A home with one feed and one article, written through the store's own API.
    static func seededHome() throws -> (TemporaryDirectory, ArticleID, NewsStore) {
        let home = try TemporaryDirectory(prefix: "sahifa-show")
        let store = try NewsStore(path: home.url.appendingPathComponent("sahifa.db").path)
        let feed = try store.addFeed(url: "https://example.org/feed.xml", title: "Harbour Times", tags: [])
        let article = IncomingArticle(
            guid: "ferry-1", title: "Ferry returns", link: "https://example.org/ferry", author: "Jane Reporter",
            published: Date(timeIntervalSince1970: 1_716_543_000), contentHTML: html,
            plainText: HTMLConverter.plainText(fromHTML: html), language: "en")
        _ = try store.record(fetch: .updated(FeedUpdate(title: "Harbour Times", articles: [article])), for: feed.id)
        let id = try #require(try store.articles(in: .all, limit: 1).first?.id)
        return (home, id, store)
    }

    @Test func printsTheArticlePaneLines() throws {
        let (home, id, store) = try Self.seededHome()
        defer { home.remove() }
        let result = try SahifaProcess.run(["show", String(id.rawValue), "--width", "50", "--home", home.path], environment: ["TZ": "UTC"])
        #expect(result.status == 0, "\(result.stderr)")
        let article = try #require(try store.article(id))
        var settings = ReaderSettings(timeZone: TimeZone(identifier: "UTC")!)
        settings.hasBrowser = false
        let document = HTMLConverter.document(fromHTML: Self.html, baseURL: URL(string: "https://example.org/ferry"), language: "en")
        let expected = ArticleLayout.lines(summary: article.summary, document: document, width: 50, settings: settings)
            .map { line in
                var text = line.text
                while text.last == " " { text.removeLast() }
                return text
            }
        let printed = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(printed.first == "Ferry returns")
        #expect(printed.contains("[1] https://example.org/port"))
        #expect(printed.count == expected.count)
        #expect(printed.dropFirst(2) == expected.dropFirst(2), "body differs from the article pane's layout")
    }

    @Test func unknownArticleIsOneLineError() throws {
        let (home, _, _) = try Self.seededHome()
        defer { home.remove() }
        let result = try SahifaProcess.run(["show", "999", "--home", home.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("sahifa: no article with id 999"))
    }

    @Test func badBidiValueIsUsageError() throws {
        let (home, id, _) = try Self.seededHome()
        defer { home.remove() }
        let result = try SahifaProcess.run(["show", String(id.rawValue), "--bidi", "sideways", "--home", home.path])
        #expect(result.status == 2)
    }
}
