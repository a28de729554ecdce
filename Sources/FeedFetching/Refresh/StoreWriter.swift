import Foundation
import NewsModel
import NewsStore

/// The one writer of a refresh: records results in order on its own thread, while workers go on
/// fetching and parsing.
///
/// Storing blocks on SQLite; a dedicated queue keeps the cooperative threads free to parse, and a
/// single writer never contends with itself for the database lock. Results that arrive while a
/// write is running are stored together by the next one (`record(batch:)`), so a busy refresh
/// commits, and updates the search index, once per batch rather than once per feed. A worker
/// reserves a slot before it parses (`reserve()`), and at most `capacity` slots are out at once,
/// so parsed feeds cannot pile up in memory when storing is the bottleneck.
final class StoreWriter: @unchecked Sendable {
    typealias Completion = @Sendable (Result<StoreReport, NewsStoreError>) -> Void

    private let store: NewsStore
    private let queue = DispatchQueue(label: "sahifa.refresh.writer", qos: .utility)
    private let group = DispatchGroup()
    private let lock = NSLock()
    private let capacity: Int
    private var pending = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    /// Submitted results not yet taken by a write.
    private var queued: [(id: FeedID, fetch: PreparedFetch, completion: Completion)] = []

    init(store: NewsStore, capacity: Int) {
        self.store = store
        self.capacity = max(1, capacity)
    }

    /// Queues a result, in the slot `reserve()` gave; the slot is freed once it is written.
    func submit(_ fetch: PreparedFetch, for feed: FeedID, then completion: @escaping Completion) {
        group.enter()
        // The first result queued schedules a write; later ones join it until it starts.
        let schedules = lock.withLock { () -> Bool in
            queued.append((feed, fetch, completion))
            return queued.count == 1
        }
        if schedules { queue.async { [self] in writeQueued() } }
    }

    /// Stores every queued result in one transaction, then reports each in order. A feed removed
    /// meanwhile is reported as not found, as `record(fetch:for:)` would.
    private func writeQueued() {
        let entries = lock.withLock { () -> [(id: FeedID, fetch: PreparedFetch, completion: Completion)] in
            defer { queued.removeAll() }
            return queued
        }
        let results: [Result<StoreReport, NewsStoreError>]
        do {
            let reports = try store.record(prepared: entries.map { (id: $0.id, fetch: $0.fetch) })
            results = zip(entries, reports).map { entry, report in
                report.map { .success($0) } ?? .failure(.feedNotFound(entry.id))
            }
        } catch {
            results = Array(repeating: .failure(error), count: entries.count)
        }
        for (entry, result) in zip(entries, results) {
            entry.completion(result)
            freeSlot()
            group.leave()
        }
    }

    /// Returns once everything submitted has been written.
    func drain() async {
        await withCheckedContinuation { continuation in
            group.notify(queue: .global()) { continuation.resume() }
        }
    }

    /// Waits until fewer than `capacity` results are being parsed or wait to be written.
    func reserve() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ready = lock.withLock { () -> Bool in
                if pending < capacity {
                    pending += 1
                    return true
                }
                waiting.append(continuation)
                return false
            }
            if ready { continuation.resume() }
        }
    }

    /// Hands the slot to the next waiting worker, or frees it.
    private func freeSlot() {
        let next = lock.withLock { () -> CheckedContinuation<Void, Never>? in
            if waiting.isEmpty {
                pending -= 1
                return nil
            }
            return waiting.removeFirst()
        }
        next?.resume()
    }
}
