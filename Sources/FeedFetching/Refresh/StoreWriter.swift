import Foundation
import NewsModel
import NewsStore

/// The one writer of a refresh: records results in order on its own thread, while workers go on
/// fetching and parsing.
///
/// Storing blocks on SQLite; a dedicated queue keeps the cooperative threads free to parse, and a
/// single writer never contends with itself for the database lock. At most `capacity` results wait
/// to be written, so parsed feeds cannot pile up in memory when the disk is the bottleneck.
final class StoreWriter: @unchecked Sendable {
    typealias Completion = @Sendable (Result<StoreReport, NewsStoreError>) -> Void

    private let store: NewsStore
    private let queue = DispatchQueue(label: "sahifa.refresh.writer", qos: .utility)
    private let group = DispatchGroup()
    private let lock = NSLock()
    private let capacity: Int
    private var pending = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(store: NewsStore, capacity: Int) {
        self.store = store
        self.capacity = max(1, capacity)
    }

    /// Queues a result; waits only while `capacity` results are already queued.
    func submit(_ outcome: FetchOutcome, for feed: FeedID, then completion: @escaping Completion) async {
        await reserveSlot()
        group.enter()
        queue.async { [self] in
            completion(
                Result { () throws(NewsStoreError) -> StoreReport in try store.record(fetch: outcome, for: feed) })
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

    private func reserveSlot() async {
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
