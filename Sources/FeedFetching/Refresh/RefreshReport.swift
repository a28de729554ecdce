import NewsModel

/// What one refresh did, feed by feed, and the totals `refresh` prints (issue 4, item 5).
public struct RefreshReport: Sendable, Equatable {
    /// One entry per feed that was asked for, in completion order.
    public var feeds: [FeedResult]

    /// Set when the refresh could not start (the database could not be read); nothing was fetched.
    public var storeFailure: String?

    public init(feeds: [FeedResult] = [], storeFailure: String? = nil) {
        self.feeds = feeds
        self.storeFailure = storeFailure
    }

    /// Feeds that returned content and were stored.
    public var ok: Int { feeds.count { if case .updated = $0.outcome { true } else { false } } }
    /// Feeds the server (or file) reported unchanged.
    public var notModified: Int { feeds.count { $0.outcome == .notModified } }
    /// Feeds that failed; each kept what it had.
    public var failed: Int { failures.count }
    /// Articles stored for the first time across all feeds.
    public var newArticles: Int {
        feeds.reduce(0) { sum, feed in
            if case .updated(let new, _) = feed.outcome { sum + new } else { sum }
        }
    }
    /// The failed feeds with their errors, for one stderr line each.
    public var failures: [(feed: FeedID, error: RefreshError)] {
        feeds.compactMap { feed in
            if case .failed(let error) = feed.outcome { (feed.feedID, error) } else { nil }
        }
    }

    /// The one-line summary `refresh` ends with.
    public var summary: String {
        "\(feeds.count) feeds: \(ok) updated, \(notModified) not modified, \(failed) failed; "
            + "\(newArticles) new articles"
    }
}

/// The result of refreshing one feed.
public struct FeedResult: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        /// Fetched, parsed and stored: how many articles were new and how many changed.
        case updated(newArticles: Int, updatedArticles: Int)
        case notModified
        case failed(RefreshError)
    }

    public var feedID: FeedID
    /// The URL fetched (the new one after a permanent redirect is in the store).
    public var url: String
    public var outcome: Outcome

    public init(feedID: FeedID, url: String, outcome: Outcome) {
        self.feedID = feedID
        self.url = url
        self.outcome = outcome
    }
}

/// Progress of a running refresh, for a status line.
public struct RefreshProgress: Sendable, Equatable {
    public var completed: Int
    public var total: Int
    public var failed: Int
    /// The feed that just finished.
    public var lastURL: String

    public init(completed: Int, total: Int, failed: Int, lastURL: String) {
        self.completed = completed
        self.total = total
        self.failed = failed
        self.lastURL = lastURL
    }
}
