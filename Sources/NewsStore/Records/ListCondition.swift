import GRDB
import NewsModel

/// The SQL condition selecting the articles of a list. Conditions are written literally
/// (`isRead = 0`) so SQLite can use the matching partial indexes.
struct ListCondition {
    var sql: String
    var arguments: StatementArguments

    init(_ list: ArticleList, unreadOnly: Bool = false, bookmarkedOnly: Bool = false) {
        var terms: [String] = []
        var arguments: StatementArguments = []
        switch list {
        case .all: break
        case .unread: terms.append("article.isRead = 0")
        case .bookmarked: terms.append("article.isBookmarked = 1")
        case .feed(let id):
            terms.append("article.feedId = ?")
            arguments += [id.rawValue]
        }
        if unreadOnly, list != .unread { terms.append("article.isRead = 0") }
        if bookmarkedOnly, list != .bookmarked { terms.append("article.isBookmarked = 1") }
        sql = terms.isEmpty ? "1" : terms.joined(separator: " AND ")
        self.arguments = arguments
    }

    static let newestFirst = "ORDER BY article.sortDate DESC, article.id DESC"
}
