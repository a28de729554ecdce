import Foundation
import NewsModel

@testable import NewsApp

/// An in-memory `ReaderLibrary` that records what was written to it.
final class FakeLibrary: ReaderLibrary, @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let lock = NSLock()
    private var summaries: [ArticleSummary]
    private(set) var writes: [String] = []
    var searchError: String?

    init(summaries: [ArticleSummary] = ReaderFixtures.allArticles) {
        self.summaries = summaries
    }

    var recordedWrites: [String] { lock.withLock { writes } }

    func feeds() throws -> [Feed] { ReaderFixtures.feeds }
    func counts() throws -> SourceCounts { ReaderFixtures.counts }

    func articles(in source: ArticleSource, limit: Int, offset: Int) throws -> [ArticleSummary] {
        let all = lock.withLock { summaries }
        let matching = all.filter { summary in
            switch source {
            case .all: true
            case .unread: !summary.isRead
            case .bookmarked: summary.isBookmarked
            case .feed(let id): summary.feedID == id
            }
        }
        return Array(matching.dropFirst(offset).prefix(limit))
    }

    func article(_ id: ArticleID) throws -> Article? {
        lock.withLock { summaries.first { $0.id == id } }.map { ReaderFixtures.article($0) }
    }

    func setRead(_ ids: [ArticleID], _ read: Bool) throws {
        lock.withLock { writes.append("read \(ids.map(\.description)) \(read)") }
    }

    func setBookmarked(_ ids: [ArticleID], _ bookmarked: Bool) throws {
        lock.withLock { writes.append("bookmark \(ids.map(\.description)) \(bookmarked)") }
    }

    func markAllRead(in source: ArticleSource) throws -> Int {
        lock.withLock { writes.append("all read \(source)") }
        return 2
    }

    func search(_ query: String, limit: Int) throws -> [SearchResult] {
        if let searchError { throw Failure(description: searchError) }
        return lock.withLock { summaries }.filter { $0.title.localizedCaseInsensitiveContains(query) }
            .map { SearchResult(summary: $0, snippet: $0.title) }
    }
}
