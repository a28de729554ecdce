import Foundation
import NewsModel
import NewsStore
import TestSupport
import Testing

@testable import FeedFetching

/// Refresh end to end: real loopback HTTP, real parser, real SQLite (in memory).
@Suite struct RefresherTests {
    let server: LoopbackHTTPServer
    let store: NewsStore

    init() throws {
        server = try LoopbackHTTPServer()
        store = try NewsStore.inMemory()
    }

    func refresh(_ options: RefreshOptions = RefreshOptions(timeout: 5)) async -> RefreshReport {
        await Refresher(store: store, options: options).refresh()
    }

    func subscribe(_ path: String, host: String = "127.0.0.1") throws -> Feed {
        try store.addFeed(url: server.url(path, host: host).absoluteString, title: nil, tags: [])
    }

    @Test func firstRefreshStoresArticlesAndSecondSendsValidators() async throws {
        defer { server.stop() }
        let date = "Tue, 21 May 2024 10:00:00 GMT"
        server.route("/feed") { .conditional(FeedFixture.rss(), etag: "\"abc\"", lastModified: date, for: $0) }
        let feed = try subscribe("/feed")

        let first = await refresh()
        #expect(first.ok == 1)
        #expect(first.newArticles == 3)
        #expect(try store.feed(feed.id)?.title == "Loopback News")

        let second = await refresh()
        #expect(second.notModified == 1)
        #expect(second.newArticles == 0)
        let conditional = server.requests(for: "/feed").last?.headers
        #expect(conditional?["if-none-match"] == "\"abc\"")
        #expect(conditional?["if-modified-since"] == date)
        #expect(try store.feed(feed.id)?.totalCount == 3)
    }

    @Test func gzipFeedIsStored() async throws {
        defer { server.stop() }
        server.route("/gz", reply: .gzip(FeedFixture.rss(count: 2)))
        _ = try subscribe("/gz")
        let report = await refresh()
        #expect(report.ok == 1)
        #expect(report.newArticles == 2)
    }

    @Test(arguments: [301, 308])
    func permanentRedirectMovesTheSubscription(status: Int) async throws {
        defer { server.stop() }
        server.route("/old", reply: .redirect(status, to: "/new"))
        server.route("/new", reply: .ok(FeedFixture.rss()))
        let feed = try subscribe("/old")
        let report = await refresh()
        #expect(report.ok == 1)
        #expect(try store.feed(feed.id)?.url == server.url("/new").absoluteString)
    }

    @Test func temporaryRedirectKeepsTheSubscription() async throws {
        defer { server.stop() }
        server.route("/old", reply: .redirect(302, to: "/new"))
        server.route("/new", reply: .ok(FeedFixture.rss()))
        let feed = try subscribe("/old")
        #expect(await refresh().ok == 1)
        #expect(try store.feed(feed.id)?.url == server.url("/old").absoluteString)
    }

    /// Every fault after one good fetch: a specific error, stored as the feed's last error, and
    /// every article of the good fetch still there.
    @Test(arguments: Fault.allCases)
    func faultKeepsStoredArticles(fault: Fault) async throws {
        defer { server.stop() }
        server.route("/feed", reply: .ok(FeedFixture.rss()))
        let feed = try subscribe("/feed")
        #expect(await refresh().newArticles == 3)

        server.route("/feed", reply: fault.reply)
        server.route("/loop", reply: .redirect(302, to: "/feed"))
        let report = await refresh(RefreshOptions(timeout: fault == .hang ? 0.5 : 10, maxBytes: 8192))
        let url = server.url("/feed").absoluteString
        let error = try #require(report.failures.first?.error)
        #expect(report.failures.count == 1)
        if let expected = fault.expected(url) {
            #expect(error == expected)
        } else {
            switch error {
            case .unparsable(url, _), .notAFeed(url, _): break
            default: Issue.record("expected a not-a-feed error, got \(error)")
            }
        }
        let stored = try #require(try store.feed(feed.id))
        #expect(stored.totalCount == 3)
        #expect(stored.lastError == error.reason)
        #expect(
            try store.articles(in: .feed(feed.id), limit: 10).map(\.title).sorted() == [
                "Story 1", "Story 2", "Story 3",
            ])
    }

    enum Fault: String, CaseIterable, Sendable {
        case notFound, serverError, redirectLoop, hang, truncated, oversized, htmlPage, garbage

        var reply: LoopbackHTTPServer.Reply {
            switch self {
            case .notFound: .status(404)
            case .serverError: .status(500)
            case .redirectLoop: .redirect(302, to: "/loop")
            case .hang: .hang
            case .truncated: .truncated(FeedFixture.rss(), declaredLength: 8000)
            case .oversized: .ok(FeedFixture.rss(count: 200))
            case .htmlPage: .ok(FeedFixture.page(linkingTo: nil), type: "text/html; charset=utf-8")
            case .garbage: .ok("\u{1}\u{2} this is not a feed at all", type: "application/octet-stream")
            }
        }

        /// The exact error, or nil where only its kind is fixed (the parser names what it looks like).
        func expected(_ url: String) -> RefreshError? {
            switch self {
            case .notFound: .httpStatus(url: url, status: 404)
            case .serverError: .httpStatus(url: url, status: 500)
            case .redirectLoop: .redirectLoop(url: url)
            case .hang: .timedOut(url: url, seconds: 0.5)
            case .truncated: .truncated(url: url)
            case .oversized: .tooLarge(url: url, limit: 8192)
            case .htmlPage: .notAFeed(url: url, looksLike: "an HTML page")
            case .garbage: nil
            }
        }
    }

    @Test func perHostLimitIsRespectedAndUsed() async throws {
        defer { server.stop() }
        for host in ["127.0.0.1", "localhost"] {
            for number in 0..<6 {
                server.route("/\(host)/\(number)") { _ in
                    LoopbackHTTPServer.Reply.ok(FeedFixture.rss(count: 1, first: number))
                        .held(untilConcurrent: 2, orStarted: 6)
                }
                _ = try subscribe("/\(host)/\(number)", host: host)
            }
        }
        let report = await refresh(RefreshOptions(jobs: 8, perHost: 2, timeout: 10))
        #expect(report.ok == 12)
        #expect(server.peakConcurrency(host: "127.0.0.1") == 2)
        #expect(server.peakConcurrency(host: "localhost") == 2)
    }

    @Test func onlyTheNamedFeedsAreRefreshed() async throws {
        defer { server.stop() }
        server.route("/a", reply: .ok(FeedFixture.rss()))
        server.route("/b", reply: .ok(FeedFixture.rss()))
        let a = try subscribe("/a")
        _ = try subscribe("/b")
        let report = await Refresher(store: store, options: RefreshOptions(timeout: 5)).refresh([a.id])
        #expect(report.feeds.map(\.feedID) == [a.id])
        #expect(server.requests(for: "/b").isEmpty)
    }

    @Test func localFileFeedIsRefreshedAndThenNotModified() async throws {
        defer { server.stop() }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.url.appendingPathComponent("local.xml")
        try Data(FeedFixture.rss(count: 4).utf8).write(to: file)
        _ = try store.addFeed(url: file.absoluteString, title: nil, tags: [])
        #expect(await refresh().newArticles == 4)
        #expect(await refresh().notModified == 1)
    }
}
