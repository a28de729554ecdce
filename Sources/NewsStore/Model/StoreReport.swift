/// What `record(fetch:for:)` changed, for refresh summaries.
public struct StoreReport: Hashable, Sendable {
    /// Articles stored for the first time.
    public var newArticles: Int
    /// Known articles that came back changed and were updated in place.
    public var updatedArticles: Int
    /// Items skipped because the user or retention deleted them before (tombstones).
    public var skippedDeleted: Int
    /// Articles removed by the feed's retention policy in this transaction.
    public var removedByRetention: Int

    public init(newArticles: Int = 0, updatedArticles: Int = 0, skippedDeleted: Int = 0, removedByRetention: Int = 0) {
        self.newArticles = newArticles
        self.updatedArticles = updatedArticles
        self.skippedDeleted = skippedDeleted
        self.removedByRetention = removedByRetention
    }
}
