import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Receives every task's events for the shared session and turns them into one `FetchResponse` or
/// `RefreshError` per task.
///
/// Callbacks arrive on the session's serial delegate queue; the timeout timer arrives on a global
/// queue, so the per-task table is guarded by a lock.
final class SessionDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let options: RefreshOptions
    private let lock = NSLock()
    private var tasks: [Int: TaskState] = [:]

    init(options: RefreshOptions) {
        self.options = options
    }

    func register(
        _ task: URLSessionTask, request: URLRequest,
        continuation: CheckedContinuation<Result<FetchResponse, RefreshError>, Never>
    ) {
        let state = TaskState(task: task, request: request, continuation: continuation)
        lock.withLock { tasks[task.taskIdentifier] = state }
        // The timer captures only the id and the URL text: a finished task's body must not live on
        // until its deadline passes.
        let identifier = task.taskIdentifier
        let seconds = options.timeout
        let url = state.originalURL.absoluteString
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [weak self] in
            self?.fail(identifier, with: .timedOut(url: url, seconds: seconds))
        }
    }

    private func state(of task: URLSessionTask) -> TaskState? {
        lock.withLock { tasks[task.taskIdentifier] }
    }

    /// Records the first failure of a task and, unless told otherwise, stops it; completion reports it.
    ///
    /// A refused redirect must not cancel: the transport is waiting for the redirect's completion
    /// handler and traps if the task is cancelled in between; answering nil ends the task by itself.
    private func fail(_ identifier: Int, with error: RefreshError, cancel: Bool = true) {
        let state = lock.withLock { () -> TaskState? in
            guard let state = tasks[identifier], state.failure == nil else { return nil }
            state.failure = error
            return state
        }
        if cancel { state?.task.cancel() }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        guard let state = state(of: task), let target = request.url else {
            completionHandler(nil)
            return
        }
        let original = state.originalURL.absoluteString
        let decision = lock.withLock {
            state.redirect(status: response.statusCode, to: target, limit: options.maxRedirects)
        }
        switch decision {
        case .follow:
            // Carry the feed's own headers (validators, User-Agent) to the new location.
            var next = state.request
            next.url = target
            completionHandler(next)
        case .loop:
            fail(task.taskIdentifier, with: .redirectLoop(url: original), cancel: false)
            completionHandler(nil)
        case .tooMany:
            fail(
                task.taskIdentifier, with: .tooManyRedirects(url: original, limit: options.maxRedirects), cancel: false)
            completionHandler(nil)
        }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        guard let state = state(of: dataTask) else {
            completionHandler(.allow)
            return
        }
        let announced = response.expectedContentLength
        let encoded = (response as? HTTPURLResponse)?.value(forHTTPHeaderField: "Content-Encoding") != nil
        if announced > options.maxBytes, !encoded {
            fail(
                dataTask.taskIdentifier, with: .tooLarge(url: state.originalURL.absoluteString, limit: options.maxBytes)
            )
            completionHandler(.cancel)
            return
        }
        // Growing the buffer once instead of doubling it as chunks arrive.
        if announced > 0, !encoded { lock.withLock { state.body.reserveCapacity(Int(announced)) } }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard let state = state(of: dataTask) else { return }
        let size = lock.withLock {
            state.body.append(data)
            return state.body.count
        }
        if size > options.maxBytes {
            fail(
                dataTask.taskIdentifier, with: .tooLarge(url: state.originalURL.absoluteString, limit: options.maxBytes)
            )
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let state = lock.withLock { tasks.removeValue(forKey: task.taskIdentifier) }
        guard let state else { return }
        let result = lock.withLock {
            state.outcome(response: task.response as? HTTPURLResponse, error: error, timeout: options.timeout)
        }
        state.continuation.resume(returning: result)
    }
}
