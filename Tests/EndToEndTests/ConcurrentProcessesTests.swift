import Foundation
import NewsModel
import NewsStore
import TestSupport
import Testing

/// DESIGN §3 and issue 4 item 2: a refresh writing while other `sahifa` processes read and mark
/// articles — no "database is locked" reaching anyone, no lost write.
///
/// Until `import` can write a large collection from a process of its own, the writer is this
/// test process storing batch after batch through `NewsStore`, while two threads run `sahifa`
/// processes that mark articles and list them against the same file at the same time.
@Suite struct ConcurrentProcessesTests {
    static let seeded = 120
    static let writerBatches = 30
    static let batchSize = 100

    @Test func writersAndReadersShareTheDatabase() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let store = try NewsStore(path: home.url.appendingPathComponent("sahifa.db").path)
        let feed = try store.addFeed(url: "https://example.org/busy.xml", title: "Busy", tags: [])
        try store.record(fetch: .updated(FeedUpdate(articles: Self.items(0..<Self.seeded))), for: feed.id)
        let seededIDs = try store.articles(in: .all, limit: Self.seeded).map(\.id.rawValue).sorted()

        let failures = FailureLog()
        let group = DispatchGroup()
        func spawn(_ body: @escaping @Sendable () throws -> Void) {
            group.enter()
            Thread {
                do { try body() } catch { failures.add("\(error)") }
                group.leave()
            }.start()
        }
        // The writer: many write transactions, each indexing a batch for search.
        spawn {
            for batch in 0..<Self.writerBatches {
                let start = Self.seeded + batch * Self.batchSize
                try store.record(
                    fetch: .updated(FeedUpdate(articles: Self.items(start..<start + Self.batchSize))), for: feed.id)
            }
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
        let total = Self.seeded + Self.writerBatches * Self.batchSize
        #expect(try store.counts() == ListCounts(all: total, unread: total - evens.count, bookmarked: odds.count))
        let bookmarked = try store.articles(in: .bookmarked, limit: total).map(\.id.rawValue)
        #expect(Set(bookmarked) == Set(odds))
        let read = try Set(evens.map { try store.article(ArticleID($0))?.summary.isRead })
        #expect(read == [true])
        #expect(try store.search("batch", limit: 1).count == 1)
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
