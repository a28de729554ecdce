import FeedParsing
import Foundation
import NewsModel
import NewsStore

/// Fetches feeds concurrently and stores what they bring (issue 4, items 4–5; DESIGN §8).
///
/// Data flows fetch → parse → store: up to `jobs` workers fetch (at most `perHost` per host) over
/// one shared session, parse on the cooperative pool, and hand results to a single writer. A feed
/// that fails is recorded as failed and keeps every article it had; the rest go on.
public struct Refresher: Sendable {
    public let store: NewsStore
    public let options: RefreshOptions

    public init(store: NewsStore, options: RefreshOptions = .init()) {
        self.store = store
        self.options = options
    }

    /// Refreshes the given feeds (all when nil). Never throws: every failure is in the report.
    public func refresh(
        _ feeds: [FeedID]? = nil, progress: (@Sendable (RefreshProgress) -> Void)? = nil
    ) async -> RefreshReport {
        let jobs: [FeedJob]
        do {
            jobs = try plan(feeds)
        } catch {
            return RefreshReport(storeFailure: error.description)
        }
        guard !jobs.isEmpty else { return RefreshReport() }
        let client = HTTPClient(options: options)
        defer { client.invalidate() }
        // Four slots: two feeds parsing (one per core) while two wait for the writer keep both
        // cores busy; more would only hold parsed feeds in memory.
        let run = RefreshRun(
            loader: FeedLoader(client: client), writer: StoreWriter(store: store, capacity: 4),
            scheduler: HostScheduler(jobs.map { (FeedAddress.hostKey(of: $0.url), $0) }, perHost: options.perHost),
            collector: ResultCollector(total: jobs.count, progress: progress), maxBytes: options.maxBytes)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<min(options.jobs, jobs.count) {
                group.addTask { await run.work() }
            }
        }
        await run.writer.drain()
        return RefreshReport(feeds: run.collector.results)
    }

    /// The feeds to fetch, with the validators of their last good fetch (one query for all).
    private func plan(_ ids: [FeedID]?) throws(NewsStoreError) -> [FeedJob] {
        try store.fetchStates(ids).map { state in
            FeedJob(
                feedID: state.feedID, url: FeedAddress.url(from: state.url) ?? URL(fileURLWithPath: state.url),
                validators: Validators(etag: state.etag, lastModified: state.lastModified, allowsDirectory: true))
        }
    }
}

/// One feed to refresh.
struct FeedJob: Sendable {
    var feedID: FeedID
    var url: URL
    var validators: Validators
}
