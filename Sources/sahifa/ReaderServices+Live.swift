import FeedFetching
import FeedParsing
import Foundation
import NewsApp
import NewsModel
import NewsStore

extension ReaderServices {
    /// The reader on a real database: HTML bodies through FeedParsing, refresh through FeedFetching.
    ///
    /// A refresh from the reader takes the same lock as `sahifa refresh`, so the two never fetch
    /// the same feeds at once; when another refresh holds it, the reader says so instead of
    /// waiting (the other refresh's articles appear on the next reload).
    static func live(store: NewsStore, database: URL, refresh options: RefreshOptions) -> ReaderServices {
        ReaderServices(
            library: NewsStoreLibrary(store: store),
            makeDocument: { ReaderArticleDocument.document(for: $0) },
            refresh: { ids, progress in
                let lock: RefreshLock
                do throws(RefreshError) {
                    guard let taken = try RefreshLock.tryAcquire(at: RefreshLock.path(forDatabase: database)) else {
                        return .notRun("another refresh is running on this database")
                    }
                    lock = taken
                } catch {
                    return .notRun(error.reason)
                }
                let report = await Refresher(store: store, options: options).refresh(ids) { step in
                    progress(RefreshProgressInfo(completed: step.completed, total: step.total, failed: step.failed))
                }
                withExtendedLifetime(lock) {}
                if let failure = report.storeFailure { return .notRun(failure) }
                let titles = Dictionary(((try? store.feeds()) ?? []).map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
                let failed = report.failures.map { titles[$0.feed] ?? "feed \($0.feed)" }
                return RefreshOutcome(feeds: report.feeds.count, newArticles: report.newArticles, failedFeeds: failed)
            })
    }
}
