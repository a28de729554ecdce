import Foundation
import NewsModel

/// Gathers results from the writer and reports progress as each feed finishes.
final class ResultCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [FeedResult] = []
    private var failedCount = 0
    private let total: Int
    private let progress: (@Sendable (RefreshProgress) -> Void)?

    init(total: Int, progress: (@Sendable (RefreshProgress) -> Void)?) {
        self.total = total
        self.progress = progress
        collected.reserveCapacity(total)
    }

    func add(_ result: FeedResult) {
        let snapshot = lock.withLock { () -> RefreshProgress in
            collected.append(result)
            if case .failed = result.outcome { failedCount += 1 }
            return RefreshProgress(completed: collected.count, total: total, failed: failedCount, lastURL: result.url)
        }
        progress?(snapshot)
    }

    var results: [FeedResult] { lock.withLock { collected } }
}
