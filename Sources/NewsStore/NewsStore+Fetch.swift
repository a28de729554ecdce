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
        switch outcome {
        case .failed(let status, let error):
            let message = StoredText.field(error)
            return try write { db in
                try Self.requireFeed(id, db)
                try db.execute(
                    sql: "UPDATE feed SET lastStatus = ?, lastError = ?, lastFetched = ? WHERE id = ?",
                    arguments: [status, message.isEmpty ? "fetch failed" : message, fetchedAt, id.rawValue])
                return StoreReport()
            }
        case .notModified(let status, let etag, let lastModified):
            return try write { db in
                try Self.requireFeed(id, db)
                try db.execute(
                    sql: """
                        UPDATE feed SET lastStatus = ?, lastError = NULL, lastFetched = ?,
                            etag = coalesce(?, etag), lastModified = coalesce(?, lastModified)
                        WHERE id = ?
                        """,
                    arguments: [status, fetchedAt, etag, lastModified, id.rawValue])
                return StoreReport()
            }
        case .updated(let update):
            let encoder = JSONEncoder()
            let rows = update.articles.map { IncomingRow($0, encoder: encoder) }
            return try write { db in
                try Self.requireFeed(id, db)
                try Self.updateFeedMetadata(update, id: id, fetchedAt: fetchedAt, db)
                var report = StoreReport()
                for row in rows {
                    switch try ArticleUpsert.apply(row, feedID: id.rawValue, now: fetchedAt, db) {
                    case .inserted: report.newArticles += 1
                    case .updated: report.updatedArticles += 1
                    case .deleted: report.skippedDeleted += 1
                    case .unchanged: break
                    }
                }
                report.removedByRetention = try Retention.apply(to: id.rawValue, now: fetchedAt, db)
                return report
            }
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
