import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Why one feed could not be refreshed: one line naming the feed's URL and what went wrong (DESIGN §8).
///
/// Stored as the feed's last error and printed by `refresh`, so every case says enough to act on.
/// A 304 Not Modified is a result, not an error.
public enum RefreshError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The server answered with a status other than 2xx or 304.
    case httpStatus(url: String, status: Int)
    /// The host name does not resolve.
    case hostNotFound(url: String)
    /// Nothing listens on that host and port.
    case connectionRefused(url: String)
    /// The TLS handshake or certificate check failed.
    case tls(url: String, detail: String)
    /// No complete answer within the per-feed timeout.
    case timedOut(url: String, seconds: Double)
    /// The body grew past the size cap; receiving was stopped there.
    case tooLarge(url: String, limit: Int)
    /// The connection closed before the announced body was complete.
    case truncated(url: String)
    /// A redirect led back to a URL already visited.
    case redirectLoop(url: String)
    /// More redirects than allowed.
    case tooManyRedirects(url: String, limit: Int)
    /// The document is something else, named by `looksLike` ("an HTML page").
    case notAFeed(url: String, looksLike: String)
    /// The document looked like a feed but could not be parsed.
    case unparsable(url: String, reason: String)
    /// A local file could not be read.
    case fileUnreadable(path: String, reason: String)
    /// A scheme other than http, https or file.
    case unsupportedScheme(url: String)
    /// Any other transport failure, with the system's wording.
    case network(url: String, detail: String)
    /// The result could not be written to the database; what was stored before is untouched.
    case storage(url: String, detail: String)

    /// The feed or file the error is about.
    public var url: String {
        switch self {
        case .httpStatus(let url, _), .hostNotFound(let url), .connectionRefused(let url), .tls(let url, _),
            .timedOut(let url, _), .tooLarge(let url, _), .truncated(let url), .redirectLoop(let url),
            .tooManyRedirects(let url, _), .notAFeed(let url, _), .unparsable(let url, _),
            .fileUnreadable(let url, _), .unsupportedScheme(let url), .network(let url, _), .storage(let url, _):
            url
        }
    }

    /// The HTTP status to store with the failure, when there was one.
    public var httpStatus: Int? {
        if case .httpStatus(_, let status) = self { return status }
        return nil
    }

    /// The reason without the URL, for places that show the feed already.
    public var reason: String {
        switch self {
        case .httpStatus(_, let status):
            "HTTP \(status) \(HTTPURLResponse.localizedString(forStatusCode: status))"
        case .hostNotFound: "host not found (DNS lookup failed)"
        case .connectionRefused: "connection refused"
        case .tls(_, let detail): "TLS failure: \(detail)"
        case .timedOut(_, let seconds): "timed out after \(Self.format(seconds)) s (raise it with --timeout)"
        case .tooLarge(_, let limit): "response larger than the \(Self.format(bytes: limit)) limit"
        case .truncated: "connection closed before the whole response arrived"
        case .redirectLoop: "redirect loop"
        case .tooManyRedirects(_, let limit): "more than \(limit) redirects"
        case .notAFeed(_, let looksLike): "not a feed: looks like \(looksLike)"
        case .unparsable(_, let reason): "not a readable feed: \(reason)"
        case .fileUnreadable(_, let reason): "cannot read file: \(reason)"
        case .unsupportedScheme: "unsupported URL scheme (use http, https, file or a path)"
        case .network(_, let detail): "network error: \(detail)"
        case .storage(_, let detail): "database error: \(detail)"
        }
    }

    public var description: String {
        let line = "\(url): \(reason)"
        return line.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }

    private static func format(bytes: Int) -> String {
        bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes)-byte"
    }
}
