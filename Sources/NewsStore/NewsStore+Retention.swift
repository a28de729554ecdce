import Foundation
import GRDB
import NewsModel

extension NewsStore {
    /// Sets (or with nil clears) the feed's retention policy and applies it at once.
    @discardableResult
    public func setRetention(_ policy: RetentionPolicy?, for id: FeedID) throws(NewsStoreError) -> Int {
        let at = now().timeIntervalSince1970
        return try write { db in
            try Self.requireFeed(id, db)
            var count: Int?
            var days: Int?
            switch policy {
            case .keepLatest(let n): count = n
            case .keepDays(let n): days = n
            case nil: break
            }
            try db.execute(
                sql: "UPDATE feed SET retentionCount = ?, retentionDays = ? WHERE id = ?",
                arguments: [count, days, id.rawValue])
            return try Retention.apply(to: id.rawValue, now: at, db)
        }
    }

    public func retention(of id: FeedID) throws(NewsStoreError) -> RetentionPolicy? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT retentionCount, retentionDays FROM feed WHERE id = ?", arguments: [id.rawValue])
            else { throw NewsStoreError.feedNotFound(id) }
            if let count: Int = row[0] { return .keepLatest(count) }
            if let days: Int = row[1] { return .keepDays(days) }
            return nil
        }
    }

    /// Deletes articles for good: they are remembered (tombstones) and never fetched again.
    @discardableResult
    public func deleteArticles(_ ids: [ArticleID]) throws(NewsStoreError) -> Int {
        let at = now().timeIntervalSince1970
        return try write { db in
            var removed = 0
            for chunk in ids.map(\.rawValue).chunked(500) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                removed += try Retention.remove(
                    where: "id IN (\(marks))", arguments: StatementArguments(chunk), now: at, db)
            }
            return removed
        }
    }

    /// Compacts the database file and refreshes the query planner's statistics.
    public func vacuum() throws(NewsStoreError) {
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "INSERT INTO articleSearch(articleSearch) VALUES ('optimize')")
                try db.execute(sql: "PRAGMA optimize")
                try db.execute(sql: "VACUUM")
            }
            if writer is DatabasePool {
                try writer.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
            }
        } catch {
            throw Self.storeError(error)
        }
    }
}
