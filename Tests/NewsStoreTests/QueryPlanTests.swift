import GRDB
import NewsModel
import Testing

@testable import NewsStore

/// DESIGN §9: lists stay under 30 ms at 200,000 articles because each walks an index and stops
/// at `LIMIT`. These plans are what keeps it so; a query that starts scanning or sorting fails here.
@Suite struct QueryPlanTests {
    static func plan(_ sql: String, _ arguments: StatementArguments = []) throws -> String {
        let store = try NewsStore.inMemory()
        return try store.writer.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                .map { $0["detail"] as String? ?? "" }.joined(separator: "\n")
        }
    }

    static func listSQL(_ list: ArticleList, unreadOnly: Bool = false) -> (String, StatementArguments) {
        let condition = ListCondition(list, unreadOnly: unreadOnly)
        return (
            "SELECT \(SummaryRow.columns) \(SummaryRow.from) WHERE \(condition.sql) \(ListCondition.newestFirst) LIMIT 50",
            condition.arguments
        )
    }

    static let lists: [(ArticleList, Bool, String)] = [
        (.all, false, "article_by_date"),
        (.unread, false, "article_unread_by_date"),
        (.all, true, "article_unread_by_date"),
        (.bookmarked, false, "article_bookmarked_by_date"),
        (.feed(FeedID(1)), false, "article_feed_by_date"),
        (.feed(FeedID(1)), true, "article_feed_unread_by_date"),
    ]

    @Test(arguments: lists)
    func listWalksItsIndex(_ list: ArticleList, unreadOnly: Bool, index: String) throws {
        let (sql, arguments) = Self.listSQL(list, unreadOnly: unreadOnly)
        let plan = try Self.plan(sql, arguments)
        #expect(plan.contains("USING INDEX \(index)"))
        #expect(!plan.contains("TEMP B-TREE"))
        #expect(plan.contains("SEARCH feed USING INTEGER PRIMARY KEY"))
    }

    @Test func feedListReadsOnlyTheFeedTable() throws {
        let plan = try Self.plan("\(FeedRow.selection) WHERE 1")
        #expect(!plan.contains("article"))
    }
}
