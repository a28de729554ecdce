import Foundation
import GRDB
import NewsModel

extension NewsStore {
    /// Stores the result of fetching one feed in one transaction: its status, validators and
    /// metadata, its new and changed articles, then its retention policy.
    ///
    /// A failure only records the error: the feed keeps every article it had (DESIGN §8).
    @discardableResult
    public func record(fetch outcome: FetchOutcome, for id: FeedID) throws(NewsStoreError) -> StoreReport {
        let fetchedAt = now().timeIntervalSince1970
        let prepared = PreparedOutcome(outcome)
        return try write { db in
            try Self.requireFeed(id, db)
            return try Self.record(prepared, for: id, fetchedAt: fetchedAt, db)
        }
    }

    /// Stores several fetch results in one transaction, for a refresh that collects results:
    /// the search index is written once per batch instead of once per feed, which is most of
    /// the cost of a cold refresh. A feed removed meanwhile is skipped and reported as nil.
    public func record(batch: [(id: FeedID, outcome: FetchOutcome)]) throws(NewsStoreError) -> [StoreReport?] {
        try record(prepared: batch.map { (id: $0.id, fetch: PreparedFetch($0.outcome)) })
    }

    /// As `record(batch:)`, for outcomes already prepared (`PreparedFetch`) on other threads, so
    /// that the one writer spends its time on SQL.
    public func record(prepared batch: [(id: FeedID, fetch: PreparedFetch)]) throws(NewsStoreError) -> [StoreReport?] {
        let fetchedAt = now().timeIntervalSince1970
        return try write { db in
            try batch.map { entry -> StoreReport? in
                guard
                    try Bool.fetchOne(db, sql: "SELECT 1 FROM feed WHERE id = ?", arguments: [entry.id.rawValue])
                        != nil
                else { return nil }
                return try Self.record(entry.fetch.outcome, for: entry.id, fetchedAt: fetchedAt, db)
            }
        }
    }

    /// Stores one outcome for a feed its caller has found in this transaction.
    private static func record(_ prepared: PreparedOutcome, for id: FeedID, fetchedAt: Double, _ db: Database)
        throws -> StoreReport
    {
        switch prepared {
        case .failed(let status, let message):
            try db.execute(
                sql: "UPDATE feed SET lastStatus = ?, lastError = ?, lastFetched = ? WHERE id = ?",
                arguments: [status, message, fetchedAt, id.rawValue])
            return StoreReport()
        case .notModified(let status, let etag, let lastModified):
            try db.execute(
                sql: """
                    UPDATE feed SET lastStatus = ?, lastError = NULL, lastFetched = ?,
                        etag = coalesce(?, etag), lastModified = coalesce(?, lastModified)
                    WHERE id = ?
                    """,
                arguments: [status, fetchedAt, etag, lastModified, id.rawValue])
            return StoreReport()
        case .updated(let update, let rows):
            try updateFeedMetadata(update, id: id, fetchedAt: fetchedAt, db)
            var report = StoreReport()
            var inserted = InsertedArticles()
            for row in rows {
                switch try ArticleUpsert.apply(row, feedID: id.rawValue, now: fetchedAt, inserted: &inserted, db) {
                case .inserted: report.newArticles += 1
                case .updated: report.updatedArticles += 1
                case .deleted: report.skippedDeleted += 1
                case .unchanged: break
                }
            }
            // Before retention, whose deletes update counts and remove search rows.
            try inserted.write(feedID: id.rawValue, db)
            report.removedByRetention = try Retention.apply(to: id.rawValue, now: fetchedAt, db)
            return report
        }
    }

    private static func updateFeedMetadata(_ update: FeedUpdate, id: FeedID, fetchedAt: Double, _ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE feed SET title = coalesce(?, title), siteLink = coalesce(?, siteLink),
                    language = coalesce(?, language), etag = ?, lastModified = ?, lastStatus = ?,
                    lastError = NULL, lastFetched = ?
                WHERE id = ?
                """,
            arguments: [
                StoredText.optionalField(update.title), StoredText.optionalField(update.siteLink),
                StoredText.optionalField(update.language), update.etag, update.lastModified, update.httpStatus,
                fetchedAt, id.rawValue,
            ])
        // A permanent redirect moves the subscription, unless another subscription has that URL.
        if let newURL = StoredText.optionalField(update.newURL) {
            try db.execute(
                sql: "UPDATE feed SET url = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM feed WHERE url = ?)",
                arguments: [newURL, id.rawValue, newURL])
        }
    }
}
