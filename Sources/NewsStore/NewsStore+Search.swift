import GRDB
import NewsModel

extension NewsStore {
    /// Full-text search (DESIGN §6), best matches first (bm25, title weighted up), paged.
    ///
    /// A query of filters only (`is:unread feed:bbc`) lists matching articles newest first.
    /// A malformed query throws `.invalidQuery`; SQLite never sees user text as syntax.
    public func search(_ text: String, limit: Int, offset: Int = 0) throws(NewsStoreError) -> [SearchHit] {
        let query = try SearchQueryParser.parse(text)
        let filter = SearchFilterSQL(query)
        let page: StatementArguments = [max(0, limit), max(0, offset)]
        return try read { db in
            if let expression = FTS5Expression.positive(query) {
                let ids = try Self.rankedIDs(expression, filter: filter, limit: limit, offset: offset, db)
                let hits = try Self.hits(ids: ids, expression: expression, db)
                return ids.compactMap { hits[$0] }
            }
            var sql =
                "SELECT \(SummaryRow.columns), substr(article.plainText, 1, 400) \(SummaryRow.from) WHERE \(filter.sql)"
            var arguments = filter.arguments
            if let excluded = FTS5Expression.excludedAlternatives(query) {
                sql += " AND article.id NOT IN (SELECT rowid FROM articleSearch WHERE articleSearch MATCH ?)"
                arguments += [excluded]
            }
            let rows = try Row.fetchAll(
                db, sql: sql + " \(ListCondition.newestFirst) LIMIT ? OFFSET ?", arguments: arguments + page)
            return rows.map(Self.listedHit)
        }
    }

    /// How many of the newest matches are ranked. Ranking every match of a word found in most
    /// articles would read its whole posting list (hundreds of milliseconds at 200,000 articles);
    /// FTS5 walks matches newest first and stops here, so bm25 orders the recent ones (DESIGN §9).
    static let rankingWindow = 1_000

    /// A page of matching article ids, best first.
    private static func rankedIDs(
        _ expression: String, filter: SearchFilterSQL, limit: Int, offset: Int, _ db: Database
    ) throws -> [Int64] {
        let window = max(rankingWindow, offset + limit)
        // Without filters the joins select nothing away (every indexed row has its article and
        // feed), and skipping them spares a read of up to `rankingWindow` article rows, scattered
        // over the whole file, that dominated the time of a search.
        let joins =
            filter.isEmpty
            ? ""
            : """
            CROSS JOIN article ON article.id = articleSearch.rowid
            CROSS JOIN feed ON feed.id = article.feedId
            """
        return try Int64.fetchAll(
            db,
            sql: """
                SELECT id FROM (
                    SELECT articleSearch.rowid AS id, articleSearch.rank AS score
                    FROM articleSearch
                    \(joins)
                    WHERE articleSearch MATCH ? AND \(filter.sql)
                    ORDER BY articleSearch.rowid DESC LIMIT ?
                ) ORDER BY score, id DESC LIMIT ? OFFSET ?
                """,
            arguments: [expression] + filter.arguments + [window, max(0, limit), max(0, offset)])
    }

    /// The hits of a page with their snippets, by id. FTS5's auxiliary functions need the MATCH;
    /// one cursor walks the matches between the page's lowest and highest id (at most the ranking
    /// window) and computes snippets for the page's rows only. (`+` keeps SQLite from handing the
    /// id list to FTS5, which would evaluate the whole query again for every id: on an index of
    /// twenty segments, a third of a millisecond each.)
    private static func hits(ids: [Int64], expression: String, _ db: Database) throws -> [Int64: SearchHit] {
        guard let lowest = ids.min(), let highest = ids.max() else { return [:] }
        let statement = try db.cachedStatement(
            sql: """
                SELECT \(SummaryRow.columns),
                    snippet(articleSearch, 3, ?, ?, ?, \(snippetTokens)),
                    highlight(articleSearch, 0, ?, ?)
                FROM articleSearch
                CROSS JOIN article ON article.id = articleSearch.rowid
                CROSS JOIN feed ON feed.id = article.feedId
                WHERE articleSearch MATCH ? AND articleSearch.rowid BETWEEN ? AND ?
                    AND +articleSearch.rowid IN (SELECT value FROM json_each(?))
                """)
        let list = "[" + ids.map(String.init).joined(separator: ",") + "]"
        var hits: [Int64: SearchHit] = [:]
        let rows = try Row.fetchCursor(statement, arguments: markerArguments + [expression, lowest, highest, list])
        while let row = try rows.next() {
            let hit = rankedHit(row)
            hits[hit.summary.id.rawValue] = hit
        }
        return hits
    }

    /// Words around the best match in a snippet (FTS5 allows up to 64).
    static let snippetTokens = 24

    private static var markerArguments: StatementArguments {
        let open = String(SnippetMarkers.open)
        let close = String(SnippetMarkers.close)
        return [open, close, SnippetMarkers.ellipsis, open, close]
    }

    private static func rankedHit(_ row: Row) -> SearchHit {
        let base = SummaryRow.columnCount
        var marked: String = row[base] ?? ""
        if marked.isEmpty { marked = row[base + 1] ?? "" }
        let (snippet, highlights) = SnippetMarkers.extract(marked)
        return SearchHit(summary: SummaryRow.summary(row), snippet: snippet, highlights: highlights)
    }

    /// A hit without matched words: the start of the text, cut at a word boundary.
    private static func listedHit(_ row: Row) -> SearchHit {
        let start: String = row[SummaryRow.columnCount] ?? ""
        var (text, _) = SnippetMarkers.extract(start)
        if text.count > 200 {
            let cut = text.prefix(200)
            text = (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + SnippetMarkers.ellipsis
        }
        return SearchHit(summary: SummaryRow.summary(row), snippet: text, highlights: [])
    }
}
