import Foundation

/// How a refresh fetches: concurrency, limits and identity (DESIGN §8 names the limits).
public struct RefreshOptions: Sendable, Equatable {
    /// Feeds fetched at the same time (`--jobs`).
    public var jobs: Int
    /// Requests to one host at the same time, so a refresh never hammers a single server.
    public var perHost: Int
    /// Seconds one feed may take from request to last byte (`--timeout`).
    public var timeout: TimeInterval
    /// Largest response body accepted, counted while receiving (after content decoding).
    public var maxBytes: Int
    /// Redirects followed before giving up.
    public var maxRedirects: Int
    /// Sent with every request, `sahifa/VERSION`.
    public var userAgent: String

    public init(
        jobs: Int = 8, perHost: Int = 2, timeout: TimeInterval = 30, maxBytes: Int = 32 << 20,
        maxRedirects: Int = 5, userAgent: String = RefreshOptions.defaultUserAgent
    ) {
        self.jobs = max(1, jobs)
        self.perHost = max(1, perHost)
        self.timeout = timeout > 0 ? timeout : 30
        self.maxBytes = max(1, maxBytes)
        self.maxRedirects = max(0, maxRedirects)
        self.userAgent = userAgent
    }

    /// The transport's own timeout: a backstop behind the exact per-feed deadline the session
    /// delegate enforces. Linux's URLSession truncates timeouts to whole seconds (0.5 s becomes an
    /// immediate timeout), so it is rounded up and given one second of slack.
    var transportTimeout: TimeInterval { timeout.rounded(.up) + 1 }

    /// The release this library belongs to; the command line passes the same version.
    public static let defaultUserAgent = "sahifa/0.1.0"
}
