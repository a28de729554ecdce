import NewsModel
import NewsStore

/// The JSON shapes of DESIGN §4 for stored feeds and articles.
enum StoreJSON {
    /// One element of `feeds --json`.
    static func feed(_ feed: Feed) -> JSONValue {
        .object([
            ("id", .int(feed.id.rawValue)),
            ("url", .text(feed.url)),
            ("title", .text(feed.title)),
            ("tags", .array(feed.tags.map { .text($0) })),
            ("unread", .number(feed.unreadCount)),
            ("total", .number(feed.totalCount)),
            ("last_fetched", JSONDate.value(feed.lastFetched)),
            ("last_status", .number(feed.lastStatus)),
            ("last_error", .text(feed.lastError)),
        ])
    }

    /// One element of `articles --json` (and of a bookmarks export).
    static func article(_ summary: ArticleSummary) -> JSONValue {
        .object(articleMembers(summary))
    }

    /// One element of `search --json`: an article plus its snippet.
    static func hit(_ hit: SearchHit) -> JSONValue {
        .object(articleMembers(hit.summary) + [("snippet", .text(hit.snippet))])
    }

    private static func articleMembers(_ summary: ArticleSummary) -> [(String, JSONValue)] {
        [
            ("id", .int(summary.id.rawValue)),
            ("feed", .text(summary.feedURL)),
            ("feed_title", .text(summary.feedTitle)),
            ("title", .text(summary.title)),
            ("link", .text(summary.link)),
            ("author", .text(summary.author)),
            ("published", JSONDate.value(summary.published)),
            ("read", .bool(summary.isRead)),
            ("bookmarked", .bool(summary.isBookmarked)),
        ]
    }
}
