import Foundation
import NewsModel
import NewsStore
import Testing

@testable import NewsApp

/// The reader's effects against a real (in-memory) store.
@Suite struct NewsStoreLibraryTests {
    static func library() throws -> (NewsStoreLibrary, FeedID) {
        let store = try NewsStore.inMemory()
        let feed = try store.addFeed(url: "https://example.org/feed.xml", title: "Example", tags: ["t"])
        let articles = (1...3).map { number in
            IncomingArticle(
                guid: "g\(number)", title: "Article \(number) ferry", link: "https://example.org/\(number)",
                published: Date(timeIntervalSince1970: Double(1_700_000_000 + number * 60)),
                contentHTML: "<p>Body \(number)</p>", plainText: "Body \(number) وَعَدَ")
        }
        _ = try store.record(fetch: .updated(FeedUpdate(title: "Example", articles: articles)), for: feed.id)
        return (NewsStoreLibrary(store: store), feed.id)
    }

    @Test func listsArePagedNewestFirst() throws {
        let (library, feed) = try Self.library()
        let first = try library.articles(in: .feed(feed), limit: 2, offset: 0)
        let rest = try library.articles(in: .feed(feed), limit: 2, offset: 2)
        #expect(first.map(\.title) == ["Article 3 ferry", "Article 2 ferry"])
        #expect(rest.map(\.title) == ["Article 1 ferry"])
    }

    @Test func readAndBookmarkChangesShowInCounts() throws {
        let (library, _) = try Self.library()
        let id = try #require(try library.articles(in: .all, limit: 1, offset: 0).first?.id)
        try library.setRead([id], true)
        try library.setBookmarked([id], true)
        #expect(try library.counts() == SourceCounts(all: 3, unread: 2, bookmarked: 1))
        #expect(try library.articles(in: .bookmarked, limit: 10, offset: 0).map(\.id) == [id])
        #expect(try library.markAllRead(in: .all) == 2)
    }

    @Test func searchFindsVocalizedTextFromPlainLetters() throws {
        let (library, _) = try Self.library()
        #expect(try library.search("وعد", limit: 10).count == 3)
        #expect(throws: (any Error).self) { try library.search("\"unbalanced", limit: 10) }
    }

    @Test func runnerLoadsAnArticleThroughTheStore() async throws {
        let (library, _) = try Self.library()
        let id = try #require(try library.articles(in: .all, limit: 1, offset: 0).first?.id)
        let services = ReaderServices(library: library, makeDocument: { _ in ArticleDocument() })
        let log = EventLog()
        await EffectRunner(services: services).perform(.loadArticle(id)) { log.append($0) }
        guard case .articleLoaded(let article, _) = log.all.first else {
            Issue.record("unexpected \(log.all)")
            return
        }
        #expect(article.contentHTML == "<p>Body 3</p>")
    }
}
