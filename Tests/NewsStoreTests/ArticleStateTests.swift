import Foundation
import NewsModel
import NewsStore
import Testing

@Suite struct ArticleStateTests {
    static func sample(_ count: Int = 6) throws -> (NewsStore, Feed, [ArticleID]) {
        let items = (1...count).map { StoreFixture.item("g\($0)", published: StoreFixture.day($0)) }
        let (store, feed) = try StoreFixture.store(items)
        let ids = try store.articles(in: .all, limit: 100).map(\.id)
        return (store, feed, ids)
    }

    @Test func countsFollowReadAndBookmarkChanges() throws {
        let (store, feed, ids) = try Self.sample()
        #expect(try store.setRead(Array(ids.prefix(2)), true) == 2)
        #expect(try store.setRead(Array(ids.prefix(2)), true) == 0)
        try store.setBookmarked([ids[0], ids[5]], true)
        #expect(try store.counts() == ListCounts(all: 6, unread: 4, bookmarked: 2))
        #expect(try store.feed(feed.id)?.unreadCount == 4)
        #expect(try store.articles(in: .unread, limit: 10).count == 4)
        #expect(try store.articles(in: .bookmarked, limit: 10).map(\.id) == [ids[0], ids[5]])
        #expect(try store.articles(in: .bookmarked, unreadOnly: true, limit: 10).map(\.id) == [ids[5]])
        #expect(try store.markAllRead(in: .feed(feed.id)) == 4)
        #expect(try store.counts().unread == 0)
        #expect(try store.setRead(in: .all, false) == 6)
        #expect(try store.feed(feed.id)?.unreadCount == 6)
    }

    @Test func pagingIsStableNewestFirst() throws {
        let (store, _, ids) = try Self.sample()
        let pages = try (0..<3).map { try store.articles(in: .all, limit: 2, offset: $0 * 2).map(\.id) }
        #expect(pages.flatMap { $0 } == ids)
        #expect(try store.articles(in: .all, limit: 2, offset: 6).isEmpty)
    }

    @Test func nextAndPreviousUnreadFollowListOrder() throws {
        let (store, feed, ids) = try Self.sample()
        try store.setRead([ids[1], ids[2]], true)
        #expect(try store.nextUnread(after: nil, in: .all)?.id == ids[0])
        #expect(try store.nextUnread(after: ids[0], in: .all)?.id == ids[3])
        #expect(try store.nextUnread(after: ids[5], in: .feed(feed.id)) == nil)
        #expect(try store.previousUnread(before: ids[3], in: .all)?.id == ids[0])
        #expect(try store.previousUnread(before: nil, in: .all)?.id == ids[5])
    }

    @Test func deletedArticlesNeverComeBack() throws {
        let (store, feed, ids) = try Self.sample(3)
        #expect(try store.deleteArticles([ids[0]]) == 1)
        let again = (1...3).map { StoreFixture.item("g\($0)", published: StoreFixture.day($0)) }
        let report = try store.record(fetch: .updated(FeedUpdate(articles: again)), for: feed.id)
        #expect(report.newArticles == 0)
        #expect(report.skippedDeleted == 1)
        #expect(try store.feed(feed.id)?.totalCount == 2)
        #expect(try store.search("g3", limit: 5).isEmpty)
    }

    @Test func retentionKeepsLatestAndSparesBookmarks() throws {
        let (store, feed, ids) = try Self.sample(6)
        try store.setBookmarked([ids[5]], true)  // the oldest
        #expect(try store.setRetention(.keepLatest(2), for: feed.id) == 3)
        #expect(try store.articles(in: .all, limit: 10).map(\.id) == [ids[0], ids[1], ids[5]])
        let again = (1...7).map { StoreFixture.item("g\($0)", published: StoreFixture.day($0)) }
        let report = try store.record(fetch: .updated(FeedUpdate(articles: again)), for: feed.id)
        #expect(report.newArticles == 1)
        #expect(report.skippedDeleted == 3)
        #expect(report.removedByRetention == 1)
        #expect(try store.feed(feed.id)?.totalCount == 3)
        #expect(try store.retention(of: feed.id) == .keepLatest(2))
    }

    @Test func retentionByDaysUsesTheClock() throws {
        let clock = TestClock(StoreFixture.day(10))
        let items = (1...6).map { StoreFixture.item("g\($0)", published: StoreFixture.day($0 * 2)) }
        let (store, feed) = try StoreFixture.store(items, clock: clock)
        let bookmarked = try #require(try store.articles(in: .all, limit: 10).last?.id)
        try store.setBookmarked([bookmarked], true)
        #expect(try store.setRetention(.keepDays(5), for: feed.id) == 1)  // day 2 is bookmarked, day 4 goes
        clock.advance(days: 4)
        try store.record(fetch: .notModified(), for: feed.id)
        #expect(try store.setRetention(.keepDays(5), for: feed.id) == 2)  // days 6 and 8
        #expect(try store.articles(in: .all, limit: 10).count == 3)  // days 2 (bookmarked), 10, 12
    }

    @Test func removingFeedRemovesItsArticlesFromSearch() throws {
        let (store, feed) = try StoreFixture.store([StoreFixture.item("a", text: "unique words")])
        #expect(try store.removeFeed(feed.id)?.url == feed.url)
        #expect(try store.search("unique", limit: 5).isEmpty)
        #expect(try store.feeds().isEmpty)
        #expect(try store.counts() == ListCounts(all: 0, unread: 0, bookmarked: 0))
        #expect(try store.removeFeed(feed.id) == nil)
    }

    @Test func renamedFeedIsSearchedByItsNewTitle() throws {
        let (store, feed) = try StoreFixture.store([StoreFixture.item("a", text: "text")], feedTitle: "Morning Post")
        try store.setTitle("Evening Herald", for: feed.id)
        #expect(try store.search("herald", limit: 5).count == 1)
        #expect(try store.search("morning", limit: 5).isEmpty)
        #expect(try store.articles(in: .all, limit: 1).first?.feedTitle == "Evening Herald")
    }

    @Test func addingExistingURLReturnsTheSubscription() throws {
        let store = try NewsStore.inMemory()
        let first = try store.addFeed(url: "https://example.org/f", title: nil, tags: ["b", "a", "b", " "])
        let second = try store.addFeed(url: "https://example.org/f", title: "Other", tags: [])
        #expect(first == second)
        #expect(first.tags == ["a", "b"])
        #expect(first.title == "https://example.org/f")
        #expect(try store.feed(url: "https://example.org/f")?.id == first.id)
    }

    @Test func storedTextIsSanitized() throws {
        let item = IncomingArticle(
            guid: "x", title: "Bad\u{1B}[2J \u{202E}title\n\u{E000}", link: "https://example.org/x",
            contentHTML: "<p>ok\u{07}</p>", plainText: "body\u{E001} text")
        let (store, _) = try StoreFixture.store([item])
        let article = try #require(try store.articles(in: .all, limit: 1).first.flatMap { try store.article($0.id) })
        #expect(article.summary.title == "Bad title")
        #expect(article.contentHTML == "<p>ok</p>")
        #expect(try store.search("body", limit: 1).first?.snippet == "body text")
    }
}
