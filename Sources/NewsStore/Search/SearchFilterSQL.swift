import GRDB

/// The SQL side of a search: the filters of `SearchQuery` as a condition on `article`/`feed`.
struct SearchFilterSQL {
    var sql: String
    var arguments: StatementArguments

    init(_ query: SearchQuery) {
        var terms: [String] = []
        var arguments: StatementArguments = []
        if !query.feeds.isEmpty {
            let alternatives = query.feeds.map { name -> String in
                let pattern = "%" + Self.escapeLike(name) + "%"
                arguments += [pattern, pattern, Int64(name) ?? -1]
                return "(\(FeedRow.displayTitle) LIKE ? ESCAPE '\\' OR feed.url LIKE ? ESCAPE '\\' OR feed.id = ?)"
            }
            terms.append("(" + alternatives.joined(separator: " OR ") + ")")
        }
        if !query.tags.isEmpty {
            let marks = Array(repeating: "?", count: query.tags.count).joined(separator: ",")
            terms.append(
                "EXISTS (SELECT 1 FROM feedTag WHERE feedTag.feedId = article.feedId AND feedTag.tag COLLATE NOCASE IN (\(marks)))"
            )
            arguments += StatementArguments(query.tags)
        }
        switch query.isRead {
        case false?: terms.append("article.isRead = 0")
        case true?: terms.append("article.isRead = 1")
        case nil: break
        }
        if query.bookmarkedOnly { terms.append("article.isBookmarked = 1") }
        if let after = query.after {
            terms.append("article.sortDate >= ?")
            arguments += [after.timeIntervalSince1970]
        }
        if let before = query.before {
            terms.append("article.sortDate < ?")
            arguments += [before.timeIntervalSince1970]
        }
        sql = terms.isEmpty ? "1" : terms.joined(separator: " AND ")
        self.arguments = arguments
        isEmpty = terms.isEmpty
    }

    /// No filter: every indexed row is a match, and ranking needs no article or feed row.
    let isEmpty: Bool

    /// Makes `%`, `_` and `\` literal in a LIKE pattern (with `ESCAPE '\'`).
    static func escapeLike(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
