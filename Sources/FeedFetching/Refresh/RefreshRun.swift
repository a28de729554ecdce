import Foundation
import NewsModel
import NewsStore

/// The shared parts of one refresh, and what each worker does with a job.
struct RefreshRun: Sendable {
    let loader: FeedLoader
    let writer: StoreWriter
    let scheduler: HostScheduler<FeedJob>
    let collector: ResultCollector
    let maxBytes: Int

    /// Takes jobs until none are left. The host slot is held only while the request runs.
    func work() async {
        while let (host, job) = await scheduler.next() {
            let fetched: Result<FetchResponse, RefreshError>
            do {
                fetched = .success(try await loader.load(job.url, validators: job.validators))
            } catch {
                fetched = .failure(error)
            }
            await scheduler.release(host)
            await finish(job, fetched)
        }
    }

    /// Parses one fetched feed and queues it for storing, or queues its failure. The writer slot
    /// is taken before parsing, so only a few parsed feeds exist at any time.
    private func finish(_ job: FeedJob, _ fetched: Result<FetchResponse, RefreshError>) async {
        await writer.reserve()
        let outcome: FetchOutcome
        switch fetched {
        case .failure(let error):
            return recordFailure(error, of: job)
        case .success(let response) where response.isNotModified:
            outcome = .notModified(
                httpStatus: response.status, etag: response.etag, lastModified: response.lastModified)
        case .success(let response):
            do {
                let feed = try FeedMapping.parse(response, requested: job.url, maxBytes: maxBytes)
                outcome = .updated(FeedMapping.update(feed, response: response))
            } catch {
                return recordFailure(error, of: job)
            }
        }
        let url = job.url.absoluteString
        let notModified = if case .notModified = outcome { true } else { false }
        // Cleaning and hashing the articles here keeps that work off the single writer thread.
        writer.submit(PreparedFetch(outcome), for: job.feedID) { [collector] stored in
            switch stored {
            case .success(let report):
                let result: FeedResult.Outcome =
                    notModified
                    ? .notModified : .updated(newArticles: report.newArticles, updatedArticles: report.updatedArticles)
                collector.add(FeedResult(feedID: job.feedID, url: url, outcome: result))
            case .failure(let error):
                let failure = RefreshError.storage(url: url, detail: error.description)
                collector.add(FeedResult(feedID: job.feedID, url: url, outcome: .failed(failure)))
            }
        }
    }

    /// The failure is stored as the feed's last error; its articles are not touched.
    private func recordFailure(_ error: RefreshError, of job: FeedJob) {
        let result = FeedResult(feedID: job.feedID, url: job.url.absoluteString, outcome: .failed(error))
        writer.submit(PreparedFetch(.failed(status: error.httpStatus, error: error.reason)), for: job.feedID) { [collector] _ in
            collector.add(result)
        }
    }
}
