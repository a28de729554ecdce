import Foundation

/// State shared between the signal handlers' queue and the loop, behind a lock.
final class ScreenFlags: @unchecked Sendable {
    private let lock = NSLock()
    private var resizePending = false
    private var terminations = 0
    private var wakeHandler: (@Sendable () -> Void)?

    var wake: (@Sendable () -> Void)? {
        get { lock.withLock { wakeHandler } }
        set { lock.withLock { wakeHandler = newValue } }
    }

    func requestResize() { lock.withLock { resizePending = true } }

    func takeResizeRequest() -> Bool {
        lock.withLock {
            defer { resizePending = false }
            return resizePending
        }
    }

    /// Counts termination signals; returns how many have arrived including this one.
    func countTermination() -> Int {
        lock.withLock {
            terminations += 1
            return terminations
        }
    }
}
