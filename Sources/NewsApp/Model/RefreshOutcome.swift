/// What a finished refresh reports.
public struct RefreshOutcome: Hashable, Sendable {
    public var feeds: Int
    public var newArticles: Int
    /// Titles (or URLs) of the feeds that failed.
    public var failedFeeds: [String]

    public init(feeds: Int, newArticles: Int, failedFeeds: [String] = []) {
        self.feeds = feeds
        self.newArticles = newArticles
        self.failedFeeds = failedFeeds
    }

    /// One line for the status line.
    public var message: String {
        let base = "Refreshed \(feeds) feed\(feeds == 1 ? "" : "s"): \(newArticles) new"
        guard !failedFeeds.isEmpty else { return base }
        let names = failedFeeds.prefix(2).joined(separator: ", ")
        let more = failedFeeds.count > 2 ? " and \(failedFeeds.count - 2) more" : ""
        return base + ", failed: \(names)\(more)"
    }
}
