import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The sessions of a whole refresh: conditional GET, redirect accounting, size cap and timeout.
///
/// Facts this relies on: on Linux only a session-level delegate sees redirects,
/// the HTTP cache never sends validators by itself (so they are set by hand), and gzip is decoded by
/// the transport. A session per feed would pay curl's set-up on every request; a single session
/// does all its bookkeeping on one internal queue, which caps a 304-only refresh on one core. So a
/// client keeps a small fixed set of sessions, one per core, and deals requests out in turn.
final class HTTPClient: @unchecked Sendable {
    let options: RefreshOptions
    private let lanes: [(session: URLSession, delegate: SessionDelegate)]
    /// Guards `nextLane`; everything else is immutable.
    private let lock = NSLock()
    private var nextLane = 0

    init(options: RefreshOptions, sessions: Int = min(2, ProcessInfo.processInfo.activeProcessorCount)) {
        self.options = options
        lanes = (0..<max(1, min(sessions, options.jobs))).map { _ in Self.makeSession(options) }
    }

    private static func makeSession(_ options: RefreshOptions) -> (URLSession, SessionDelegate) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpMaximumConnectionsPerHost = options.perHost
        configuration.timeoutIntervalForRequest = options.transportTimeout
        configuration.timeoutIntervalForResource = options.transportTimeout
        configuration.httpShouldSetCookies = false
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        queue.name = "sahifa.fetch.delegate"
        let delegate = SessionDelegate(options: options)
        return (URLSession(configuration: configuration, delegate: delegate, delegateQueue: queue), delegate)
    }

    /// Lets running tasks end, then releases the sessions (each holds its delegate strongly).
    func invalidate() {
        for lane in lanes { lane.session.finishTasksAndInvalidate() }
    }

    /// GETs `url`, sending the stored validators; a 304 comes back as a response, not an error.
    func fetch(_ url: URL, validators: Validators) async throws(RefreshError) -> FetchResponse {
        let request = makeRequest(url, validators: validators)
        let (session, delegate) = lock.withLock {
            defer { nextLane = (nextLane + 1) % lanes.count }
            return lanes[nextLane]
        }
        let task = session.dataTask(with: request)
        let result = await withTaskCancellationHandler {
            await withCheckedContinuation {
                (continuation: CheckedContinuation<Result<FetchResponse, RefreshError>, Never>) in
                delegate.register(task, request: request, continuation: continuation)
                task.resume()
            }
        } onCancel: {
            task.cancel()
        }
        return try result.get()
    }

    func makeRequest(_ url: URL, validators: Validators) -> URLRequest {
        var request = URLRequest(
            url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: options.transportTimeout)
        request.httpMethod = "GET"
        request.setValue(options.userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue(
            "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, "
                + "text/xml;q=0.9, application/json;q=0.8, */*;q=0.5",
            forHTTPHeaderField: "Accept")
        if let etag = validators.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let date = validators.lastModified { request.setValue(date, forHTTPHeaderField: "If-Modified-Since") }
        return request
    }
}
