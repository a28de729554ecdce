import Foundation
import NewsModel
import NewsStore
import TestSupport

/// A temporary `--home` whose database holds two feeds, for command-line tests.
struct SeededHome {
    let directory: TemporaryDirectory
    let store: NewsStore
    let news: Feed
    let arabic: Feed

    init() throws {
        directory = try TemporaryDirectory()
        store = try NewsStore(path: directory.url.appendingPathComponent("sahifa.db").path)
        news = try store.addFeed(url: "https://example.org/news.xml", title: nil, tags: ["world", "daily"])
        arabic = try store.addFeed(url: "https://example.net/ar.xml", title: nil, tags: [])
        try store.record(
            fetch: .updated(
                FeedUpdate(
                    title: "Example News", etag: "\"e1\"",
                    articles: [
                        IncomingArticle(
                            guid: "n1", title: "Election results", link: "https://example.org/n1", author: "Sam",
                            published: Date(timeIntervalSince1970: 1_716_543_000), plainText: "The vote count"),
                        IncomingArticle(
                            guid: "n2", title: "Rain \u{1B}[31mtomorrow", link: "https://example.org/n2",
                            published: Date(timeIntervalSince1970: 1_716_643_000), plainText: "Rain in the capital"),
                    ])),
            for: news.id)
        try store.record(
            fetch: .updated(
                FeedUpdate(
                    title: "أخبار", language: "ar",
                    articles: [
                        IncomingArticle(
                            guid: "a1", title: "آية", link: "https://example.net/a1",
                            plainText: "قال تعالى ﴿وَعَدَ اللَّهُ الَّذِينَ آمَنُوا﴾")
                    ])),
            for: arabic.id)
        try store.record(fetch: .failed(status: 503, error: "HTTP 503 Service Unavailable"), for: arabic.id)
    }

    var home: String { directory.path }

    func run(_ arguments: String...) throws -> SahifaProcess.Result {
        try SahifaProcess.run(["--home", home] + arguments)
    }

    func json(_ arguments: String...) throws -> Any {
        let result = try SahifaProcess.run(["--home", home] + arguments)
        guard result.status == 0 else { throw CommandFailure(result: result) }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    struct CommandFailure: Error, CustomStringConvertible {
        var result: SahifaProcess.Result
        var description: String { "exit \(result.status): \(result.stderr)" }
    }
}
