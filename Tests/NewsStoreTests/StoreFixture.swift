import Foundation
import NewsModel
import NewsStore

/// A clock tests move by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date
    init(_ start: Date = Date(timeIntervalSince1970: 1_717_000_000)) { current = start }
    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }
    func advance(days: Double) {
        lock.lock()
        current += days * 86_400
        lock.unlock()
    }
}

/// Builders for incoming items and stores seeded with them.
enum StoreFixture {
    static func item(
        _ guid: String, title: String? = nil, text: String = "", published: Date? = nil, author: String? = nil,
        html: String? = nil
    ) -> IncomingArticle {
        IncomingArticle(
            guid: guid, title: title ?? "Title \(guid)", link: "https://example.org/\(guid)", author: author,
            published: published, contentHTML: html ?? "<p>\(text)</p>", plainText: text)
    }

    static func day(_ n: Int) -> Date { Date(timeIntervalSince1970: 1_700_000_000 + Double(n) * 86_400) }

    /// A store with one feed holding `items`.
    static func store(
        _ items: [IncomingArticle], feedTitle: String = "Example News", clock: TestClock = TestClock()
    ) throws -> (NewsStore, Feed) {
        let store = try NewsStore.inMemory(now: { clock.now })
        let feed = try store.addFeed(url: "https://example.org/feed.xml", title: nil, tags: ["news"])
        try store.record(fetch: .updated(FeedUpdate(title: feedTitle, articles: items)), for: feed.id)
        return (store, try store.feed(feed.id)!)
    }
}
