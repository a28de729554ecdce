import Foundation
import NewsModel
import NewsStore
import TestSupport
import Testing

/// DESIGN §3 and issue 4 item 2: a refresh writing while other `sahifa` processes read and mark
/// articles — no "database is locked" reaching anyone, no lost write.
///
/// The writer is a real `sahifa refresh` process storing feeds fetched from a loopback server,
/// while two threads run `sahifa` processes that mark articles and list them against the same
/// file at the same time.
@Suite struct ConcurrentProcessesTests {
    static let seeded = 120
    static let servedFeeds = 30
    static let itemsPerFeed = 100

    @Test func writersAndReadersShareTheDatabase() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let store = try NewsStore(path: home.url.appendingPathComponent("sahifa.db").path)
        let feed = try store.addFeed(url: "https://example.org/busy.xml", title: "Busy", tags: [])
        try store.record(fetch: .updated(FeedUpdate(articles: Self.items(0..<Self.seeded))), for: feed.id)
        let seededIDs = try store.articles(in: .all, limit: Self.seeded).map(\.id.rawValue).sorted()
        let servedIDs = try (0..<Self.servedFeeds).map { number in
            server.route("/feed-\(number).xml", reply: .ok(Self.rss(feed: number)))
            return try store.addFeed(url: server.url("/feed-\(number).xml").absoluteString).id.rawValue
        }

        let failures = FailureLog()
        let group = DispatchGroup()
        func spawn(_ body: @escaping @Sendable () throws -> Void) {
            group.enter()
            Thread {
                do { try body() } catch { failures.add("\(error)") }
                group.leave()
            }.start()
        }
        // The writer: a refresh process, one write transaction per batch of parsed feeds, each
        // indexing its articles for search.
        spawn {
            let refresh = try SahifaProcess.run(
                ["--home", home.path, "refresh", "--jobs", "4"] + servedIDs.map(String.init))
            if refresh.status != 0 { failures.add("refresh exited \(refresh.status): \(refresh.stderr)") }
        }
        // Two command-line processes at a time: one marks even articles read, the other
        // bookmarks odd ones, each also reading lists between its writes.
        let evens = seededIDs.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
        let odds = seededIDs.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
        for (command, ids) in [("mark-read", evens), ("bookmark", odds)] {
            spawn {
                for chunk in stride(from: 0, to: ids.count, by: 6).map({ Array(ids[$0..<min($0 + 6, ids.count)]) }) {
                    let write = try SahifaProcess.run(["--home", home.path, command] + chunk.map(String.init))
                    failures.check(write, command)
                    let read = try SahifaProcess.run([
                        "--home", home.path, "articles", "--unread", "--limit", "50", "--json",
                    ])
                    failures.check(read, "articles")
                }
                let feeds = try SahifaProcess.run(["--home", home.path, "feeds", "--json"])
                failures.check(feeds, "feeds")
            }
        }
        group.wait()

        #expect(failures.messages == [])
        let total = Self.seeded + Self.servedFeeds * Self.itemsPerFeed
        #expect(try store.counts() == ListCounts(all: total, unread: total - evens.count, bookmarked: odds.count))
        let bookmarked = try store.articles(in: .bookmarked, limit: total).map(\.id.rawValue)
        #expect(Set(bookmarked) == Set(odds))
        let read = try Set(evens.map { try store.article(ArticleID($0))?.summary.isRead })
        #expect(read == [true])
        #expect(try store.search("served", limit: 5000).count == Self.servedFeeds * Self.itemsPerFeed)
    }

    /// Several processes starting on a home without a database: one creates the schema, the
    /// others wait for it or find it in place.
    @Test func processesCreateTheDatabaseTogether() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let failures = FailureLog()
        let group = DispatchGroup()
        for _ in 0..<4 {
            group.enter()
            Thread {
                do {
                    failures.check(try SahifaProcess.run(["--home", home.path, "feeds", "--json"]), "feeds")
                } catch {
                    failures.add("\(error)")
                }
                group.leave()
            }.start()
        }
        group.wait()
        #expect(failures.messages == [])
        #expect(try NewsStore(path: home.url.appendingPathComponent("sahifa.db").path).feeds().isEmpty)
    }

    static func items(_ range: Range<Int>) -> [IncomingArticle] {
        range.map { index in
            IncomingArticle(
                guid: "item-\(index)", title: "Story \(index)", link: "https://example.org/\(index)",
                published: Date(timeIntervalSince1970: 1_700_000_000 + Double(index) * 60),
                contentHTML: "<p>Body of story \(index)</p>",
                plainText: "Body of story \(index), part of a batch written while other processes read. "
                    + String(repeating: "Padding words for the search index. ", count: 20))
        }
    }

    /// An RSS 2.0 feed of `itemsPerFeed` items, a paragraph or two each.
    static func rss(feed: Int) -> String {
        let items = (0..<itemsPerFeed).map { index in
            """
            <item><guid>feed-\(feed)-item-\(index)</guid><title>Served story \(feed).\(index)</title>
            <link>https://example.org/served/\(feed)/\(index)</link>
            <pubDate>Mon, 02 Nov 2026 \(String(format: "%02d:%02d", index / 60, index % 60)):00 +0000</pubDate>
            <description>&lt;p&gt;Served story \(index) of feed \(feed), fetched by a refresh process \
            while others mark articles.&lt;/p&gt;&lt;p&gt;\(String(repeating: "More words for the index. ", count: 12))&lt;/p&gt;</description></item>
            """
        }
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Served \(feed)</title><link>https://example.org/served/\(feed)</link>
            \(items.joined(separator: "\n"))
            </channel></rss>
            """
    }
}

/// Failures seen by the worker threads, collected for one assertion at the end.
private final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [String] = []

    var messages: [String] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }

    func add(_ message: String) {
        lock.lock()
        list.append(message)
        lock.unlock()
    }

    func check(_ result: SahifaProcess.Result, _ command: String) {
        if result.status != 0 || !result.stderr.isEmpty {
            add("\(command) exited \(result.status): \(result.stderr)")
        }
    }
}
