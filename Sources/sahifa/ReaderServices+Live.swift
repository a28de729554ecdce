import FeedFetching
import FeedParsing
import Foundation
import NewsApp
import NewsModel
import NewsStore

extension ReaderServices {
    /// The reader on a real database: HTML bodies through FeedParsing, refresh through FeedFetching.
    static func live(store: NewsStore) -> ReaderServices {
        ReaderServices(
            library: NewsStoreLibrary(store: store),
            makeDocument: { ReaderArticleDocument.document(for: $0) },
            refresh: { ids, progress in
                let report = await Refresher(store: store).refresh(ids) { step in
                    progress(RefreshProgressInfo(completed: step.completed, total: step.total, failed: step.failed))
                }
                if let failure = report.storeFailure {
                    return RefreshOutcome(feeds: 0, newArticles: 0, failedFeeds: [failure])
                }
                let titles = Dictionary(((try? store.feeds()) ?? []).map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
                let failed = report.failures.map { titles[$0.feed] ?? "feed \($0.feed)" }
                return RefreshOutcome(feeds: report.feeds.count, newArticles: report.newArticles, failedFeeds: failed)
            })
    }
}
