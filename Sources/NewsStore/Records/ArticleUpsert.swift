import GRDB

/// Stores one incoming item: skipped when deleted before (tombstone), inserted when new, updated
/// in place when it came back changed — read and bookmark state untouched (DESIGN §3).
enum ArticleUpsert {
    enum Outcome {
        case inserted, updated, unchanged, deleted
    }

    /// Stores `row`. A new article joins `inserted`, whose counts and search rows its caller writes.
    static func apply(
        _ row: IncomingRow, feedID: Int64, now: Double, inserted: inout InsertedArticles, _ db: Database
    ) throws -> Outcome {
        let tombstone = try db.cachedStatement(sql: "SELECT 1 FROM tombstone WHERE feedId = ? AND guid = ?")
        if try Bool.fetchOne(tombstone, arguments: [feedID, row.guid]) != nil { return .deleted }

        let existing = try db.cachedStatement(
            sql: "SELECT id, contentHash, fetchedAt FROM article WHERE feedId = ? AND guid = ?")
        if let stored = try Row.fetchOne(existing, arguments: [feedID, row.guid]) {
            let id: Int64 = stored[0]
            let hash: Int64 = stored[1]
            if hash == row.contentHash { return .unchanged }
            let fetchedAt: Double = stored[2]
            // The same guid twice in one fetch: the first copy must be indexed before the update
            // trigger removes its terms.
            if inserted.contains(id) { try inserted.write(feedID: feedID, db) }
            let update = try db.cachedStatement(
                sql: """
                    UPDATE article SET title = ?, link = ?, author = ?, published = ?, updated = ?, sortDate = ?,
                        contentHTML = ?, plainText = ?, categories = ?, enclosures = ?, language = ?, contentHash = ?
                    WHERE id = ?
                    """)
            try update.execute(arguments: [
                row.title, row.link, row.author, row.published, row.updated,
                sortDate(row, firstSeen: fetchedAt, now: now), row.contentHTML, row.plainText, row.categories,
                row.enclosures, row.language, row.contentHash, id,
            ])
            return .updated
        }

        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO article (feedId, guid, title, link, author, published, updated, sortDate, fetchedAt,
                    contentHTML, plainText, categories, enclosures, language, contentHash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        try insert.execute(arguments: [
            feedID, row.guid, row.title, row.link, row.author, row.published, row.updated,
            sortDate(row, firstSeen: now, now: now), now, row.contentHTML, row.plainText, row.categories,
            row.enclosures, row.language, row.contentHash,
        ])
        inserted.add(db.lastInsertedRowID)
        return .inserted
    }

    /// The date lists sort by: the item's own date, never later than the moment it is stored, so
    /// an item dated in the future (a wrong time zone, a typo in the year) cannot sit on top of
    /// every list forever. Undated items sort by when they were first seen.
    static func sortDate(_ row: IncomingRow, firstSeen: Double, now: Double) -> Double {
        min(row.published ?? row.updated ?? firstSeen, now)
    }
}
