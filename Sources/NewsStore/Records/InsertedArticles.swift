import GRDB

/// The articles one fetch inserted, whose feed counts and search rows are written together by
/// `write` (migration `v2-insert-without-trigger`) instead of by a trigger on every insert.
///
/// Why: with a trigger, each `INSERT` into `article` writes several tables and may still abort
/// (foreign key, unique index), so SQLite gives it a statement journal — a copy of every page it
/// touches, spilled to a temporary file past 64 KiB — and FTS5 answers each statement savepoint by
/// flushing its pending terms to disk. A refresh wrote one tiny index segment per article, merged
/// them again, and copied each article's pages aside: about half its store time. Without the
/// trigger an insert is a single-table write that needs no statement journal, and the terms of a
/// whole fetch reach the index together.
///
/// `write` must run before anything in the same transaction updates or deletes these articles:
/// the v1 triggers that keep counts and the index in step then expect them to be there.
struct InsertedArticles {
    private(set) var ids: [Int64] = []

    mutating func add(_ id: Int64) { ids.append(id) }

    func contains(_ id: Int64) -> Bool { ids.contains(id) }

    /// Counts the new articles in their feed (all are unread) and indexes them exactly as the v1
    /// insert trigger did, then forgets them.
    mutating func write(feedID: Int64, _ db: Database) throws {
        guard !ids.isEmpty else { return }
        let counts = try db.cachedStatement(
            sql: "UPDATE feed SET totalCount = totalCount + ?, unreadCount = unreadCount + ? WHERE id = ?")
        try counts.execute(arguments: [ids.count, ids.count, feedID])
        let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
        let search = try db.cachedStatement(
            sql: """
                INSERT INTO articleSearch(rowid, title, author, feedTitle, plainText)
                SELECT article.id, article.title, coalesce(article.author, ''),
                       coalesce(feed.customTitle, nullif(feed.title, ''), feed.url), article.plainText
                FROM article JOIN feed ON feed.id = article.feedId
                WHERE article.id IN (SELECT value FROM json_each(?))
                """)
        try search.execute(arguments: [list])
        ids.removeAll(keepingCapacity: true)
    }
}
