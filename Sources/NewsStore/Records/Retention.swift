import GRDB

/// Applies a feed's retention policy (DESIGN §3): removes the oldest articles that are not
/// bookmarked, leaving a tombstone for each so the next refresh does not bring them back.
enum Retention {
    static func apply(to feedID: Int64, now: Double, _ db: Database) throws -> Int {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT retentionCount, retentionDays FROM feed WHERE id = ?", arguments: [feedID])
        else { return 0 }
        var removed = 0
        if let keep: Int = row[0] {
            removed += try remove(
                where: """
                    feedId = ? AND isBookmarked = 0 AND id NOT IN (
                        SELECT id FROM article WHERE feedId = ? AND isBookmarked = 0
                        ORDER BY sortDate DESC, id DESC LIMIT ?)
                    """,
                arguments: [feedID, feedID, max(0, keep)], now: now, db)
        }
        if let days: Int = row[1] {
            removed += try remove(
                where: "feedId = ? AND isBookmarked = 0 AND sortDate < ?",
                arguments: [feedID, now - Double(max(0, days)) * 86_400], now: now, db)
        }
        return removed
    }

    /// Deletes the articles matching `condition`, remembering their identities first.
    static func remove(where condition: String, arguments: StatementArguments, now: Double, _ db: Database)
        throws -> Int
    {
        try db.execute(
            sql:
                "INSERT OR IGNORE INTO tombstone (feedId, guid, deletedAt) SELECT feedId, guid, ? FROM article WHERE \(condition)",
            arguments: [now] + arguments)
        try db.execute(sql: "DELETE FROM article WHERE \(condition)", arguments: arguments)
        return db.changesCount
    }
}
