import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The life of one request inside the shared session: body so far, redirect chain, first failure.
///
/// Mutated only under `SessionDelegate`'s lock.
final class TaskState: @unchecked Sendable {
    enum RedirectDecision {
        case follow
        case loop
        case tooMany
    }

    let task: URLSessionTask
    let request: URLRequest
    let originalURL: URL
    let continuation: CheckedContinuation<Result<FetchResponse, RefreshError>, Never>
    var body = Data()
    var failure: RefreshError?
    private var visited: Set<String>
    private var hops = 0
    /// True while every hop so far was permanent: only then has the feed itself moved.
    private var permanentSoFar = true
    private var movedTo: URL?

    init(
        task: URLSessionTask, request: URLRequest,
        continuation: CheckedContinuation<Result<FetchResponse, RefreshError>, Never>
    ) {
        self.task = task
        self.request = request
        self.originalURL = request.url ?? URL(fileURLWithPath: "/")
        self.continuation = continuation
        visited = [originalURL.absoluteString]
    }

    /// Counts a hop; a permanent hop (301, 308) at the start of the chain moves the feed (RFC 9110 §15.4).
    func redirect(status: Int, to target: URL, limit: Int) -> RedirectDecision {
        hops += 1
        if visited.contains(target.absoluteString) { return .loop }
        if hops > limit { return .tooMany }
        visited.insert(target.absoluteString)
        if permanentSoFar && (status == 301 || status == 308) {
            movedTo = target
        } else {
            permanentSoFar = false
        }
        return .follow
    }

    /// The task's result once the transport is done with it.
    func outcome(response: HTTPURLResponse?, error: (any Error)?, timeout: Double) -> Result<
        FetchResponse, RefreshError
    > {
        let url = originalURL.absoluteString
        if let failure { return .failure(failure) }
        // curl reports a short body as a generic error ("transfer closed with N bytes remaining").
        if let response, response.statusCode != 304, response.value(forHTTPHeaderField: "Content-Encoding") == nil,
            response.expectedContentLength > body.count
        {
            return .failure(.truncated(url: url))
        }
        if let error { return .failure(Self.classify(error, url: url, timeout: timeout)) }
        guard let response else { return .failure(.network(url: url, detail: "no response")) }
        let status = response.statusCode
        guard (200..<300).contains(status) || status == 304 else {
            return .failure(.httpStatus(url: url, status: status))
        }
        return .success(
            FetchResponse(
                finalURL: response.url ?? originalURL, movedTo: movedTo, status: status,
                etag: response.value(forHTTPHeaderField: "ETag"),
                lastModified: response.value(forHTTPHeaderField: "Last-Modified"),
                contentType: response.value(forHTTPHeaderField: "Content-Type"),
                body: status == 304 ? Data() : body))
    }

    /// Maps the transport's error codes onto the cases a user can act on.
    static func classify(_ error: any Error, url: String, timeout: Double) -> RefreshError {
        let nsError = error as NSError
        guard nsError.domain == NSURLErrorDomain else {
            return .network(url: url, detail: nsError.localizedDescription)
        }
        switch nsError.code {
        case NSURLErrorCannotFindHost, NSURLErrorDNSLookupFailed:
            return .hostNotFound(url: url)
        case NSURLErrorTimedOut:
            return .timedOut(url: url, seconds: timeout)
        case NSURLErrorCannotConnectToHost:
            return .connectionRefused(url: url)
        case NSURLErrorNetworkConnectionLost:
            return .truncated(url: url)
        case NSURLErrorSecureConnectionFailed, NSURLErrorServerCertificateHasBadDate,
            NSURLErrorServerCertificateUntrusted, NSURLErrorServerCertificateHasUnknownRoot,
            NSURLErrorServerCertificateNotYetValid, NSURLErrorClientCertificateRejected,
            NSURLErrorClientCertificateRequired:
            return .tls(url: url, detail: nsError.localizedDescription)
        default:
            // Linux's URLSession passes most curl failures on as code -1 with curl's message: TLS
            // handshake and certificate problems are recognised by their wording.
            let message = nsError.localizedDescription
            let lowered = message.lowercased()
            if ["ssl", "tls", "certificate"].contains(where: lowered.contains) {
                return .tls(url: url, detail: message)
            }
            return .network(url: url, detail: "\(message) (\(nsError.code))")
        }
    }
}
