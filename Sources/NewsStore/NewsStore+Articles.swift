import Foundation
import GRDB
import NewsModel

extension NewsStore {
    /// A page of a list, newest first.
    public func articles(
        in list: ArticleList, unreadOnly: Bool = false, bookmarkedOnly: Bool = false, limit: Int, offset: Int = 0
    ) throws(NewsStoreError) -> [ArticleSummary] {
        let condition = ListCondition(list, unreadOnly: unreadOnly, bookmarkedOnly: bookmarkedOnly)
        return try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(SummaryRow.columns) \(SummaryRow.from)
                    WHERE \(condition.sql) \(ListCondition.newestFirst) LIMIT ? OFFSET ?
                    """,
                arguments: condition.arguments + [max(0, limit), max(0, offset)])
            return rows.map { SummaryRow.summary($0) }
        }
    }

    /// Sizes of the virtual lists: All and Unread from the per-feed counts, Bookmarks from its index.
    public func counts() throws(NewsStoreError) -> ListCounts {
        try read { db in
            let row = try Row.fetchOne(
                db, sql: "SELECT coalesce(sum(totalCount), 0), coalesce(sum(unreadCount), 0) FROM feed")
            let bookmarked = try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE isBookmarked = 1") ?? 0
            return ListCounts(all: row?[0] ?? 0, unread: row?[1] ?? 0, bookmarked: bookmarked)
        }
    }

    /// One article with its body, categories and enclosures.
    public func article(_ id: ArticleID) throws(NewsStoreError) -> Article? {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT \(SummaryRow.columns), article.contentHTML, article.categories, article.enclosures
                        \(SummaryRow.from) WHERE article.id = ?
                        """,
                    arguments: [id.rawValue])
            else { return nil }
            let base = SummaryRow.columnCount
            let decoder = JSONDecoder()
            let categoriesJSON: String = row[base + 1]
            let enclosuresJSON: String = row[base + 2]
            return Article(
                summary: SummaryRow.summary(row), contentHTML: row[base],
                categories: (try? decoder.decode([String].self, from: Data(categoriesJSON.utf8))) ?? [],
                enclosures: (try? decoder.decode([Enclosure].self, from: Data(enclosuresJSON.utf8))) ?? [])
        }
    }

    /// Marks articles read or unread; returns how many changed.
    @discardableResult
    public func setRead(_ ids: [ArticleID], _ read: Bool) throws(NewsStoreError) -> Int {
        try updateFlag("isRead", read, ids)
    }

    /// Bookmarks or unbookmarks articles; returns how many changed.
    @discardableResult
    public func setBookmarked(_ ids: [ArticleID], _ bookmarked: Bool) throws(NewsStoreError) -> Int {
        try updateFlag("isBookmarked", bookmarked, ids)
    }

    /// Marks every article of the list read; returns how many changed.
    @discardableResult
    public func markAllRead(in list: ArticleList) throws(NewsStoreError) -> Int {
        try setRead(in: list, true)
    }

    /// Marks every article of the list read or unread; returns how many changed.
    @discardableResult
    public func setRead(in list: ArticleList, _ read: Bool) throws(NewsStoreError) -> Int {
        try updateFlag("isRead", read, in: list)
    }

    /// Bookmarks or unbookmarks every article of the list; returns how many changed.
    @discardableResult
    public func setBookmarked(in list: ArticleList, _ bookmarked: Bool) throws(NewsStoreError) -> Int {
        try updateFlag("isBookmarked", bookmarked, in: list)
    }

    /// The IDs among `ids` that name no stored article.
    public func missingArticles(_ ids: [ArticleID]) throws(NewsStoreError) -> [ArticleID] {
        try read { db in
            var found = Set<Int64>()
            for chunk in ids.map(\.rawValue).chunked(500) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                found.formUnion(
                    try Int64.fetchAll(
                        db, sql: "SELECT id FROM article WHERE id IN (\(marks))", arguments: StatementArguments(chunk)))
            }
            return ids.filter { !found.contains($0.rawValue) }
        }
    }

    /// The first unread article after `id` in the list's order (from the top when `id` is nil).
    public func nextUnread(after id: ArticleID?, in list: ArticleList) throws(NewsStoreError) -> ArticleSummary? {
        try neighbourUnread(of: id, in: list, forward: true)
    }

    /// The nearest unread article before `id` in the list's order (from the bottom when `id` is nil).
    public func previousUnread(before id: ArticleID?, in list: ArticleList) throws(NewsStoreError) -> ArticleSummary? {
        try neighbourUnread(of: id, in: list, forward: false)
    }

    private func neighbourUnread(of id: ArticleID?, in list: ArticleList, forward: Bool) throws(NewsStoreError)
        -> ArticleSummary?
    {
        let condition = ListCondition(list, unreadOnly: true)
        return try read { db in
            var sql = "SELECT \(SummaryRow.columns) \(SummaryRow.from) WHERE \(condition.sql)"
            var arguments = condition.arguments
            if let id {
                guard
                    let anchor = try Row.fetchOne(
                        db, sql: "SELECT sortDate, id FROM article WHERE id = ?", arguments: [id.rawValue])
                else { throw NewsStoreError.articleNotFound(id) }
                sql +=
                    forward
                    ? " AND (article.sortDate, article.id) < (?, ?)" : " AND (article.sortDate, article.id) > (?, ?)"
                arguments += [anchor[0] as Double, anchor[1] as Int64]
            }
            sql += forward ? " \(ListCondition.newestFirst)" : " ORDER BY article.sortDate, article.id"
            return try Row.fetchOne(db, sql: sql + " LIMIT 1", arguments: arguments).map { SummaryRow.summary($0) }
        }
    }

    private func updateFlag(_ column: String, _ value: Bool, _ ids: [ArticleID]) throws(NewsStoreError) -> Int {
        try write { db in
            var changed = 0
            for chunk in ids.map(\.rawValue).chunked(500) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                try db.execute(
                    sql: "UPDATE article SET \(column) = ? WHERE id IN (\(marks)) AND \(column) != ?",
                    arguments: [value] + StatementArguments(chunk) + [value])
                changed += db.changesCount
            }
            return changed
        }
    }

    private func updateFlag(_ column: String, _ value: Bool, in list: ArticleList) throws(NewsStoreError) -> Int {
        let condition = ListCondition(list)
        return try write { db in
            try db.execute(
                sql: "UPDATE article SET \(column) = ? WHERE \(condition.sql) AND article.\(column) != ?",
                arguments: [value] + condition.arguments + [value])
            return db.changesCount
        }
    }
}
