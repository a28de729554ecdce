import Foundation
import NewsModel
import NewsStore

/// Fills a database with `articleCount` generated articles through NewsStore's own write path
/// (`addFeed` then `record(fetch:for:)` in batches), so indexes and the search table are exactly
/// what a refresh builds.
struct StorePopulator {
    let seed: UInt64
    let articleCount: Int

    /// Part of the database file name: raise it whenever the generated articles change, so a
    /// database built from older text is rebuilt instead of reused. 2: Arabic vocabulary words
    /// no longer keep the digits of their templates.
    static let textVersion = 2

    /// 200 articles per feed: thousands of feeds would make `feeds()` the test, not the article count.
    var feedCount: Int { max(10, articleCount / 200) }

    /// What storing the articles cost, measured around NewsStore's calls only (generating the
    /// text is not the store's work).
    struct WriteCost {
        var cpuSeconds = 0.0
        var wallSeconds = 0.0
    }

    @discardableResult
    func populate(_ store: NewsStore) throws -> WriteCost {
        var cost = WriteCost()
        let vocabularies = StoreVocabularies(seed: seed)
        let perFeed = articleCount / feedCount
        var written = 0
        let start = MonotonicClock.nanoseconds()
        for index in 0..<feedCount {
            let plan = FeedPlan(seed: seed, index: index)
            var random = SeededRandom(seed: seed, stream: UInt64(index) &+ 0x5702E)
            let text = StoreText(language: plan.language, vocabularies: vocabularies)
            let feed = try store.addFeed(url: "http://127.0.0.1/store/\(index).xml", title: text.title(&random), tags: [plan.language.rawValue])
            let count = index == feedCount - 1 ? articleCount - written : perFeed
            var batchStart = 0
            while batchStart < count {
                let batch = min(250, count - batchStart)
                let articles = (batchStart..<batchStart + batch).map { number in
                    article(feed: index, number: number, text: text, random: &random)
                }
                let update = FeedUpdate(
                    title: "feed \(index)", siteLink: "https://news\(index).example.org", language: plan.language.tag,
                    etag: nil, lastModified: nil, httpStatus: 200, newURL: nil, articles: articles)
                let cpuBefore = MonotonicClock.processCPUSeconds()
                let (seconds, _) = try MonotonicClock.measure { try store.record(fetch: .updated(update), for: feed.id) }
                cost.cpuSeconds += MonotonicClock.processCPUSeconds() - cpuBefore
                cost.wallSeconds += seconds
                batchStart += batch
            }
            written += count
            // Two feeds in three are read, as after a few days of use: the unread list is a minority.
            if index % 3 != 0 { _ = try store.markAllRead(in: .feed(feed.id)) }
            if (index + 1) % max(1, feedCount / 10) == 0 {
                let seconds = Double(MonotonicClock.nanoseconds() - start) / 1e9
                print("  stored \(written)/\(articleCount) articles (\(Format.number(seconds)) s)")
            }
        }
        return cost
    }

    private func article(feed: Int, number: Int, text: StoreText, random: inout SeededRandom) -> IncomingArticle {
        let paragraphs = (0..<random.within(2...6)).map { _ in text.paragraph(&random) }
        let published = Date(timeIntervalSince1970: Double(1_777_593_600 - feed * 3_607 - number * 1_800))
        return IncomingArticle(
            guid: "urn:sahifa-bench:store:\(feed):\(number)", title: text.title(&random),
            link: "https://news\(feed).example.org/\(number).html", author: text.base.name(&random), published: published,
            updated: nil, contentHTML: paragraphs.map { "<p>\($0)</p>" }.joined(), plainText: paragraphs.joined(separator: "\n"),
            categories: [text.base.category(&random)], enclosures: [], language: nil)
    }
}
