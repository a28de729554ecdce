/// What a finished refresh reports.
public struct RefreshOutcome: Hashable, Sendable {
    public var feeds: Int
    public var newArticles: Int
    /// Titles (or URLs) of the feeds that failed.
    public var failedFeeds: [String]
    /// Why the refresh as a whole did not run (another refresh holds the database, the store
    /// failed); nil when it ran, even if some feeds failed.
    public var problem: String?

    public init(feeds: Int, newArticles: Int, failedFeeds: [String] = [], problem: String? = nil) {
        self.feeds = feeds
        self.newArticles = newArticles
        self.failedFeeds = failedFeeds
        self.problem = problem
    }

    /// A refresh that did not run at all.
    public static func notRun(_ problem: String) -> RefreshOutcome {
        RefreshOutcome(feeds: 0, newArticles: 0, problem: problem)
    }

    /// Every feed refreshed without an error.
    public var succeeded: Bool { problem == nil && failedFeeds.isEmpty }

    /// One line for the status line.
    public var message: String {
        if let problem { return "Not refreshed: \(problem)" }
        let base = "Refreshed \(feeds) feed\(feeds == 1 ? "" : "s"): \(newArticles) new"
        guard !failedFeeds.isEmpty else { return base }
        let names = failedFeeds.prefix(2).joined(separator: ", ")
        let more = failedFeeds.count > 2 ? " and \(failedFeeds.count - 2) more" : ""
        return base + ", failed: \(names)\(more)"
    }
}
