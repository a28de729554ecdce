import FeedParsing
import Foundation
import NewsModel
import NewsStore

/// The one import path (`sahifa import`, `sahifa demo`, tests): subscription lists, feed files and
/// article files, each detected from its content unless the kind is given (DESIGN §4).
///
/// Never throws: each file succeeds or fails on its own, and a failed file changes nothing.
public struct CollectionImporter: Sendable {
    public let store: NewsStore
    /// Largest file read, as for downloads.
    public var maxBytes: Int

    public init(store: NewsStore, maxBytes: Int = RefreshOptions().maxBytes) {
        self.store = store
        self.maxBytes = maxBytes
    }

    /// Imports every file in order, a directory as all the files under it. Subscription lists only
    /// subscribe (fetch the new feeds with `Refresher` and `ImportReport.addedFeeds`).
    /// `progress` hears the files done so far, the total and the failures, after each file.
    public func importFiles(
        _ files: [URL], as kind: ImportKind? = nil, progress: ((_ completed: Int, _ total: Int, _ failed: Int) -> Void)? = nil
    ) async -> ImportReport {
        var report = ImportReport()
        var articleFeeds: [String: FeedID] = [:]
        var pending: [PendingArticle] = []
        let expanded = ImportFileList.expand(files)
        var failed = 0
        for url in expanded {
            defer {
                if case .failed = report.files.last?.outcome { failed += 1 }
                progress?(report.files.count, expanded.count, failed)
            }
            let response: FetchResponse
            do {
                response = try LocalFile.read(url, maxBytes: maxBytes)
            } catch {
                report.files.append(
                    .init(file: url, kind: nil, outcome: .failed(Self.importError(error, path: url.path))))
                continue
            }
            let detected = kind ?? ContentSniffer.kind(of: response.body, fileName: url.lastPathComponent)
            let outcome: ImportReport.Outcome
            var warnings: [String] = []
            do {
                switch detected {
                case .opml:
                    outcome = try importOPML(response.body, file: url)
                case .urls:
                    let list = URLsFile.parse(String(decoding: response.body, as: UTF8.self))
                    outcome = try subscribe(list.subscriptions, skipped: list.skipped, path: url.path)
                case .feed:
                    (outcome, warnings) = try importFeed(response, file: url)
                case .article:
                    let article = try prepareArticle(response.body, file: url, feeds: &articleFeeds)
                    pending.append(PendingArticle(reportIndex: report.files.count, file: url, article: article))
                    // Filled in when the batch is stored.
                    outcome = .article(article.feed, isNew: false)
                }
            } catch {
                outcome = .failed(error)
            }
            report.files.append(.init(file: url, kind: detected.rawValue, outcome: outcome, warnings: warnings))
            if pending.count >= Self.articlesPerTransaction { store(&pending, into: &report) }
        }
        store(&pending, into: &report)
        return report
    }

    /// Article files are stored this many to a transaction: one commit per file made importing a
    /// folder of notes cost a commit (and a search-index flush) per note.
    static let articlesPerTransaction = 256

    /// An article file read and parsed, waiting to be stored with the next batch.
    struct PendingArticle {
        var reportIndex: Int
        var file: URL
        var article: (feed: FeedID, incoming: IncomingArticle)
    }

    /// Stores the pending article files in one transaction and fills in their outcomes; if the
    /// transaction fails, each of them is reported failed and none is stored.
    private func store(_ pending: inout [PendingArticle], into report: inout ImportReport) {
        guard !pending.isEmpty else { return }
        defer { pending.removeAll() }
        let batch = pending.map { (id: $0.article.feed, outcome: FetchOutcome.updated(FeedUpdate(httpStatus: nil, articles: [$0.article.incoming]))) }
        do {
            let stored = try store.record(batch: batch)
            for (entry, result) in zip(pending, stored) {
                report.files[entry.reportIndex].outcome =
                    result.map { .article(entry.article.feed, isNew: $0.newArticles > 0) }
                    ?? .failed(.storage(path: entry.file.path, detail: "its feed was removed during the import"))
            }
        } catch {
            for entry in pending {
                report.files[entry.reportIndex].outcome = .failed(.storage(path: entry.file.path, detail: error.description))
            }
        }
    }

    private func importOPML(_ data: Data, file: URL) throws(ImportError) -> ImportReport.Outcome {
        let list: [Subscription]
        do {
            list = try OPMLDocument.parse(data)
        } catch {
            throw .invalid(path: file.path, error)
        }
        return try subscribe(list, skipped: [], path: file.path)
    }

    private func subscribe(_ list: [Subscription], skipped: [String], path: String) throws(ImportError)
        -> ImportReport.Outcome
    {
        guard !list.isEmpty else { throw .noSubscriptions(path: path) }
        var added: [FeedID] = []
        var existing = 0
        for subscription in list {
            let url = FeedAddress.url(from: subscription.url)?.absoluteString ?? subscription.url
            do {
                if try store.feed(url: url) != nil {
                    existing += 1
                    continue
                }
                let feed = try store.addFeed(url: url, title: subscription.title, tags: subscription.tags)
                added.append(feed.id)
            } catch {
                throw .storage(path: path, detail: error.description)
            }
        }
        return .subscribed(added: added, alreadySubscribed: existing, skipped: skipped)
    }

    /// A feed file becomes a local feed whose URL is the file, so `refresh` re-reads it later.
    private func importFeed(_ response: FetchResponse, file: URL) throws(ImportError)
        -> (ImportReport.Outcome, warnings: [String])
    {
        let parsed: ParsedFeed
        do {
            parsed = try FeedParser.parse(response.body, documentURL: file, limits: limits)
        } catch {
            throw .invalid(path: file.path, error)
        }
        do {
            let feed = try store.addFeed(url: file.absoluteString, title: nil, tags: [])
            let stored = try store.record(fetch: .updated(FeedMapping.update(parsed, response: response)), for: feed.id)
            return (.feed(feed.id, newArticles: stored.newArticles), parsed.warnings)
        } catch {
            throw .storage(path: file.path, detail: error.description)
        }
    }

    /// An article file joins the local feed of its directory; the file URL is its identity, so
    /// importing it again updates it instead of adding a copy.
    private func prepareArticle(_ data: Data, file: URL, feeds: inout [String: FeedID]) throws(ImportError)
        -> (feed: FeedID, incoming: IncomingArticle)
    {
        var item: ParsedItem
        do {
            item = try ArticleFileParser.parse(data, fileName: file.lastPathComponent)
        } catch {
            throw .invalid(path: file.path, error)
        }
        item.id = file.absoluteString
        let directory = file.deletingLastPathComponent()
        do {
            let feedID: FeedID
            if let known = feeds[directory.absoluteString] {
                feedID = known
            } else {
                let title = directory.lastPathComponent.isEmpty ? directory.path : directory.lastPathComponent
                feedID = try store.addFeed(url: directory.absoluteString, title: title, tags: []).id
                feeds[directory.absoluteString] = feedID
            }
            return (feedID, FeedMapping.article(item))
        } catch {
            throw .storage(path: file.path, detail: error.description)
        }
    }

    private var limits: ParseLimits {
        var limits = ParseLimits.default
        limits.maxBytes = maxBytes
        return limits
    }

    private static func importError(_ error: RefreshError, path: String) -> ImportError {
        switch error {
        case .tooLarge(_, let limit): .tooLarge(path: path, limit: limit)
        case .fileUnreadable(_, let reason): .unreadable(path: path, reason: reason)
        default: .unreadable(path: path, reason: error.reason)
        }
    }
}
