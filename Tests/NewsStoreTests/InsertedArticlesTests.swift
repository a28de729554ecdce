import Foundation
import GRDB
import NewsModel
import TestSupport
import Testing

@testable import NewsStore

/// New articles are counted and indexed once per fetch (`InsertedArticles`, migration v2); FTS5's
/// integrity check compares the index with the stored text after each case that touches rows
/// inserted in the same transaction.
@Suite struct InsertedArticlesTests {
    static func checkIndex(_ store: NewsStore) throws {
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO articleSearch(articleSearch, rank) VALUES ('integrity-check', 1)")
        }
    }

    @Test func sameGuidTwiceInOneFetchKeepsTheLastCopy() throws {
        let (store, feed) = try StoreFixture.store([
            StoreFixture.item("dup", title: "First copy", text: "وَعَدَ early words"),
            StoreFixture.item("other", text: "something else"),
            StoreFixture.item("dup", title: "Second copy", text: "later words"),
        ])
        try Self.checkIndex(store)
        #expect(try store.feed(feed.id)?.totalCount == 2)
        #expect(try store.feed(feed.id)?.unreadCount == 2)
        #expect(try store.search("later", limit: 5).map(\.summary.title) == ["Second copy"])
        #expect(try store.search("early", limit: 5).isEmpty)
        #expect(try store.search("وعد", limit: 5).isEmpty)
    }

    @Test func retentionRemovesArticlesInsertedByTheSameFetch() throws {
        let store = try NewsStore.inMemory()
        let feed = try store.addFeed(url: "https://example.org/feed.xml", title: nil, tags: [])
        _ = try store.setRetention(.keepLatest(2), for: feed.id)
        let items = (1...6).map { StoreFixture.item("r\($0)", text: "kept word \($0)", published: StoreFixture.day($0)) }
        let report = try store.record(fetch: .updated(FeedUpdate(title: "Kept", articles: items)), for: feed.id)
        #expect(report.newArticles == 6)
        #expect(report.removedByRetention == 4)
        try Self.checkIndex(store)
        #expect(try store.feed(feed.id)?.totalCount == 2)
        #expect(try store.feed(feed.id)?.unreadCount == 2)
        #expect(try store.search("kept", limit: 9).count == 2)
    }

    @Test func batchOfSeveralFeedsIndexesEach() throws {
        let store = try NewsStore.inMemory()
        let first = try store.addFeed(url: "https://one.example/feed", title: nil, tags: [])
        let second = try store.addFeed(url: "https://two.example/feed", title: nil, tags: [])
        let reports = try store.record(batch: [
            (first.id, .updated(FeedUpdate(title: "One", articles: [StoreFixture.item("a", text: "alpha")]))),
            (second.id, .updated(FeedUpdate(title: "Two", articles: [StoreFixture.item("b", text: "beta")]))),
            (first.id, .updated(FeedUpdate(title: "Uno", articles: [StoreFixture.item("a", text: "alpha again")]))),
        ])
        #expect(reports.map { $0?.newArticles } == [1, 1, 0])
        try Self.checkIndex(store)
        #expect(try store.search("uno again", limit: 5).count == 1)
        #expect(try store.search("two beta", limit: 5).count == 1)
        #expect(try store.feeds().map(\.totalCount) == [1, 1])
    }

    /// A database written by the first schema (insert trigger indexing row by row) keeps its
    /// index and counts, and articles added after the upgrade are indexed and counted too.
    @Test func databaseOfTheFirstSchemaUpgrades() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("sahifa.db").path
        do {
            let queue = try DatabaseQueue(path: path, configuration: NewsStore.configuration())
            try StoreSchema.migrator.migrate(queue, upTo: "v1-feeds-articles-search")
            try queue.write { db in
                try db.execute(sql: "INSERT INTO feed (url, title, addedAt) VALUES ('https://old.example/feed', 'Old', 0)")
                try db.execute(
                    sql: """
                        INSERT INTO article (feedId, guid, title, sortDate, fetchedAt, plainText, contentHash)
                        VALUES (1, 'old', 'Written before', 0, 0, 'مَرْحَبًا from the first schema', 1)
                        """)
            }
        }
        let store = try NewsStore(path: path)
        let feed = try #require(try store.feeds().first)
        try store.record(
            fetch: .updated(FeedUpdate(articles: [StoreFixture.item("new", title: "Written after", text: "مرحبا again")])),
            for: feed.id)
        try Self.checkIndex(store)
        #expect(try store.feed(feed.id)?.totalCount == 2)
        #expect(try store.search("مرحبا", limit: 5).count == 2)
        #expect(try store.search("first schema", limit: 5).map(\.summary.title) == ["Written before"])
    }
}
