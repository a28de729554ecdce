import GRDB
import NewsModel

/// Reads `ArticleSummary` values: the columns of `columns`, decoded by position.
///
/// `article` drives the join (`CROSS JOIN` fixes the loop order) so list queries walk one of
/// the date indexes and stop after `LIMIT` rows.
enum SummaryRow {
    static let columns = """
        article.id, article.feedId, feed.url, \(FeedRow.displayTitle), article.title, article.link,
        article.author, coalesce(article.published, article.updated), article.isRead, article.isBookmarked,
        coalesce(article.language, feed.language)
        """
    static let from = "FROM article CROSS JOIN feed ON feed.id = article.feedId"
    static let columnCount = 11

    static func summary(_ row: Row, startingAt start: Int = 0) -> ArticleSummary {
        ArticleSummary(
            id: ArticleID(row[start] as Int64), feedID: FeedID(row[start + 1] as Int64), feedURL: row[start + 2],
            feedTitle: row[start + 3], title: row[start + 4], link: row[start + 5], author: row[start + 6],
            published: StoredDate.date(row[start + 7]), isRead: row[start + 8], isBookmarked: row[start + 9],
            language: row[start + 10])
    }
}
