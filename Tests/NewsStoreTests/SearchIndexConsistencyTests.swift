import Foundation
import GRDB
import NewsModel
import Testing

@testable import NewsStore

/// The search index is kept by triggers; FTS5's own check compares it with the stored text.
@Suite struct SearchIndexConsistencyTests {
    @Test func indexMatchesContentAfterEveryKindOfChange() throws {
        let (store, feed) = try StoreFixture.store(
            (1...8).map { StoreFixture.item("g\($0)", text: "وَعَدَ اللَّهُ text \($0)", author: "Author \($0)") })
        let other = try store.addFeed(url: "https://other.example/feed", title: nil, tags: [])
        try store.record(
            fetch: .updated(FeedUpdate(title: "Other", articles: [StoreFixture.item("o1")])), for: other.id)
        try store.record(
            fetch: .updated(FeedUpdate(articles: [StoreFixture.item("g1", title: "Changed", text: "new body")])),
            for: feed.id)
        try store.setTitle("Renamed", for: feed.id)
        try store.record(fetch: .updated(FeedUpdate(title: "Other Again")), for: other.id)
        let ids = try store.articles(in: .feed(feed.id), limit: 3).map(\.id)
        try store.deleteArticles(ids)
        try store.setRetention(.keepLatest(2), for: feed.id)
        try store.removeFeed(other.id)
        try store.writer.write { db in
            try db.execute(sql: "INSERT INTO articleSearch(articleSearch, rank) VALUES ('integrity-check', 1)")
        }
        #expect(try store.search("renamed", limit: 9).count == 2)
        #expect(try store.search("other", limit: 9).isEmpty)
    }
}
