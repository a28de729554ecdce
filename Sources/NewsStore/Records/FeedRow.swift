import GRDB
import NewsModel

/// Reads `Feed` values: the columns of `selection`, decoded by position.
enum FeedRow {
    /// The title shown everywhere: the user's, else the feed's, else its URL.
    static let displayTitle = "coalesce(feed.customTitle, nullif(feed.title, ''), feed.url)"

    static let selection = """
        SELECT feed.id, feed.url, \(displayTitle), feed.siteLink, feed.language, feed.unreadCount,
               feed.totalCount, feed.lastFetched, feed.lastStatus, feed.lastError
        FROM feed
        """

    static func feed(_ row: Row, tags: [String]) -> Feed {
        Feed(
            id: FeedID(row[0] as Int64), url: row[1], title: row[2], siteLink: row[3], tags: tags,
            language: row[4], unreadCount: row[5], totalCount: row[6],
            lastFetched: StoredDate.date(row[7]), lastStatus: row[8], lastError: row[9])
    }

    /// Feeds matching `whereClause` (with its arguments), tags included, in title order.
    static func fetch(_ db: Database, where whereClause: String = "1", arguments: StatementArguments = [])
        throws -> [Feed]
    {
        let rows = try Row.fetchAll(
            db, sql: "\(selection) WHERE \(whereClause) ORDER BY \(displayTitle) COLLATE NOCASE, feed.id",
            arguments: arguments)
        guard !rows.isEmpty else { return [] }
        var tagsByFeed: [Int64: [String]] = [:]
        let tagRows = try Row.fetchCursor(db, sql: "SELECT feedId, tag FROM feedTag ORDER BY feedId, tag")
        while let row = try tagRows.next() {
            tagsByFeed[row[0], default: []].append(row[1])
        }
        return rows.map { feed($0, tags: tagsByFeed[$0[0]] ?? []) }
    }
}
