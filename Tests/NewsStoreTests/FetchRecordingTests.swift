import Foundation
import NewsModel
import NewsStore
import Testing

@Suite struct FetchRecordingTests {
    @Test func newArticlesAreCountedAndListedNewestFirst() throws {
        let items = (1...5).map { StoreFixture.item("g\($0)", published: StoreFixture.day($0)) }
        let (store, feed) = try StoreFixture.store(items)
        #expect(feed.totalCount == 5)
        #expect(feed.unreadCount == 5)
        #expect(feed.title == "Example News")
        let list = try store.articles(in: .all, limit: 10)
        #expect(list.map(\.title) == ["Title g5", "Title g4", "Title g3", "Title g2", "Title g1"])
        #expect(list.first?.feedTitle == "Example News")
    }

    @Test func changedArticleIsUpdatedInPlaceKeepingState() throws {
        let (store, feed) = try StoreFixture.store([StoreFixture.item("a", text: "first version")])
        let id = try #require(store.articles(in: .all, limit: 1).first?.id)
        try store.setRead([id], true)
        try store.setBookmarked([id], true)
        let report = try store.record(
            fetch: .updated(
                FeedUpdate(articles: [StoreFixture.item("a", title: "Better title", text: "second version")])),
            for: feed.id)
        #expect(report == StoreReport(newArticles: 0, updatedArticles: 1))
        let article = try #require(try store.article(id))
        #expect(article.summary.title == "Better title")
        #expect(article.summary.isRead)
        #expect(article.summary.isBookmarked)
        #expect(try store.search("second", limit: 5).map(\.summary.id) == [id])
        #expect(try store.search("first", limit: 5).isEmpty)
    }

    @Test func unchangedArticleIsNotReported() throws {
        let item = StoreFixture.item("a", text: "same")
        let (store, feed) = try StoreFixture.store([item])
        let report = try store.record(fetch: .updated(FeedUpdate(articles: [item])), for: feed.id)
        #expect(report == StoreReport())
    }

    @Test func failureKeepsArticlesAndRecordsError() throws {
        let (store, feed) = try StoreFixture.store([StoreFixture.item("a")])
        try store.record(fetch: .failed(status: 500, error: "server error\n\u{1B}[31mred"), for: feed.id)
        let after = try #require(try store.feed(feed.id))
        #expect(after.totalCount == 1)
        #expect(after.lastStatus == 500)
        #expect(after.lastError == "server error red")
        try store.record(fetch: .notModified(etag: "\"v2\""), for: feed.id)
        let state = try store.fetchState(of: feed.id)
        #expect(state.etag == "\"v2\"")
        #expect(state.lastStatus == 304)
        #expect(try store.feed(feed.id)?.lastError == nil)
    }

    @Test func validatorsAndPermanentRedirectAreStored() throws {
        let store = try NewsStore.inMemory()
        let feed = try store.addFeed(url: "http://old.example/feed", title: "Mine", tags: [])
        try store.record(
            fetch: .updated(
                FeedUpdate(
                    title: "Their title", etag: "e1", lastModified: "Wed, 01 May 2024 10:00:00 GMT",
                    newURL: "https://new.example/feed")),
            for: feed.id)
        let state = try store.fetchState(of: feed.id)
        #expect(state.url == "https://new.example/feed")
        #expect(state.etag == "e1")
        #expect(state.lastModified == "Wed, 01 May 2024 10:00:00 GMT")
        #expect(try store.feed(feed.id)?.title == "Mine")
    }

    @Test func recordingForUnknownFeedThrows() throws {
        let store = try NewsStore.inMemory()
        #expect(throws: NewsStoreError.feedNotFound(FeedID(42))) {
            try store.record(fetch: .notModified(), for: FeedID(42))
        }
    }

    @Test func batchRecordsSeveralFeedsAndSkipsRemovedOnes() throws {
        let store = try NewsStore.inMemory()
        let a = try store.addFeed(url: "https://a.example/feed", title: nil, tags: [])
        let b = try store.addFeed(url: "https://b.example/feed", title: nil, tags: [])
        let reports = try store.record(batch: [
            (
                id: a.id,
                outcome: .updated(FeedUpdate(title: "A", articles: [StoreFixture.item("1"), StoreFixture.item("2")]))
            ),
            (id: FeedID(99), outcome: .notModified()),
            (id: b.id, outcome: .failed(status: nil, error: "could not resolve host b.example")),
        ])
        #expect(reports == [StoreReport(newArticles: 2), nil, StoreReport()])
        #expect(try store.feeds().map(\.totalCount) == [2, 0])
        #expect(try store.feed(b.id)?.lastError == "could not resolve host b.example")
    }

    @Test func futureDatesSortAsNowAndKeepTheirDate() throws {
        let clock = TestClock(StoreFixture.day(10))
        let future = StoreFixture.item("future", published: StoreFixture.day(400))
        let (store, _) = try StoreFixture.store(
            [future, StoreFixture.item("today", published: StoreFixture.day(10) - 60)], clock: clock)
        clock.advance(days: 1)
        let feed = try #require(try store.feeds().first)
        try store.record(
            fetch: .updated(FeedUpdate(articles: [StoreFixture.item("later", published: StoreFixture.day(10) + 3600)])),
            for: feed.id)
        let list = try store.articles(in: .all, limit: 5)
        #expect(
            list.map(\.link) == [
                "https://example.org/later", "https://example.org/future", "https://example.org/today",
            ])
        #expect(list[1].published == StoreFixture.day(400))
    }

    @Test func onlyAnUpdatedStampIsNoChange() throws {
        var item = StoreFixture.item("a", text: "same", published: StoreFixture.day(1))
        let (store, feed) = try StoreFixture.store([item])
        item.updated = StoreFixture.day(2)
        #expect(try store.record(fetch: .updated(FeedUpdate(articles: [item])), for: feed.id) == StoreReport())
    }
}
