import Foundation
import NewsModel
import TerminalUI

@testable import NewsApp

/// A small, fixed collection for screen and update tests: an English, an Arabic and a Hebrew feed.
enum ReaderFixtures {
    static let now = Date(timeIntervalSince1970: 1_716_543_000)  // 2024-05-24 09:30 UTC

    static let settings = ReaderSettings(timeZone: TimeZone(identifier: "UTC")!, pageSize: 50)

    static let feeds: [Feed] = [
        Feed(id: FeedID(1), url: "https://example.org/world.xml", title: "World News", tags: ["news"], language: "en",
             unreadCount: 2, totalCount: 3),
        Feed(id: FeedID(2), url: "https://example.org/ar.xml", title: "أخبار اليوم", language: "ar", unreadCount: 1,
             totalCount: 1),
        Feed(id: FeedID(3), url: "https://example.org/he.xml", title: "חדשות", language: "he", unreadCount: 0,
             totalCount: 1, lastError: "HTTP 404"),
    ]

    static let counts = SourceCounts(all: 5, unread: 3, bookmarked: 1)

    static func summary(
        _ id: Int64, feed: Int64 = 1, title: String, hoursAgo: Double, read: Bool = false, bookmarked: Bool = false,
        language: String? = "en"
    ) -> ArticleSummary {
        let feedInfo = feeds.first { $0.id == FeedID(feed) }!
        return ArticleSummary(
            id: ArticleID(id), feedID: feedInfo.id, feedURL: feedInfo.url, feedTitle: feedInfo.title, title: title,
            link: "https://example.org/articles/\(id)", author: feed == 1 ? "Jane Reporter" : nil,
            published: now.addingTimeInterval(-hoursAgo * 3600), isRead: read, isBookmarked: bookmarked,
            language: language)
    }

    static let worldArticles: [ArticleSummary] = [
        summary(11, title: "Harbour ferry returns after storm repairs", hoursAgo: 2),
        summary(12, title: "Council approves budget for new library", hoursAgo: 30, read: true, bookmarked: true),
        summary(13, title: "Scientists count river otters in the delta", hoursAgo: 24 * 40),
    ]

    static let allArticles: [ArticleSummary] = worldArticles + [
        summary(21, feed: 2, title: "وَعَدَ اللَّهُ الَّذِينَ آمَنُوا", hoursAgo: 5, language: "ar"),
        summary(31, feed: 3, title: "שָׁלוֹם עֲלֵיכֶם", hoursAgo: 50, read: true, language: "he"),
    ]

    /// An English article that exercises every block kind the article pane draws.
    static let englishDocument = ArticleDocument(
        blocks: [
            .paragraph(TextBlock([
                Inline("The ferry "), Inline("Marigold", style: .italic), Inline(" is back in service, the "),
                Inline("port authority", link: 1), Inline(" said on Friday."),
            ])),
            .heading(level: 2, TextBlock([Inline("What changed")])),
            .list(ordered: false, start: 1, items: [
                [.paragraph(TextBlock([Inline("A new hull coating")]))],
                [.paragraph(TextBlock([Inline("Two extra crossings on weekdays")]))],
            ]),
            .blockquote([.paragraph(TextBlock([Inline("We are glad to be sailing again.", style: .quote)]))]),
            .preformatted("08:00  Harbour\n08:40  Island"),
            .table(Table(rows: [
                [TableCell(TextBlock([Inline("Day")]), isHeader: true), TableCell(TextBlock([Inline("Crossings")]), isHeader: true)],
                [TableCell(TextBlock([Inline("Mon")])), TableCell(TextBlock([Inline("6")]))],
            ])),
            .paragraph(TextBlock([Inline("Timetables are on the "), Inline("website", link: 2), Inline(".")])),
        ],
        links: ["https://example.org/port", "https://example.org/timetable"])

    /// An Arabic article: vocalized text, right to left.
    static let arabicDocument = ArticleDocument(blocks: [
        .paragraph(TextBlock([Inline("قَالَ الْمُتَحَدِّثُ إِنَّ الْعَبَّارَةَ عَادَتْ إِلَى الْعَمَلِ.")], language: "ar")),
        .list(ordered: true, start: 1, items: [
            [.paragraph(TextBlock([Inline("الْخَطُّ الْأَوَّلُ")], language: "ar"))],
        ]),
    ])

    static func article(_ summary: ArticleSummary, html: String = "<p>body</p>") -> Article {
        Article(summary: summary, contentHTML: html)
    }

    /// A state with sources loaded, at the given size.
    static func state(size: Size = Size(width: 80, height: 24)) -> AppState {
        var state = AppState(size: size, settings: settings, now: now)
        _ = state.update(.sourcesLoaded(feeds: feeds, counts: counts))
        return state
    }

    /// The World News list open.
    static func worldListState(size: Size = Size(width: 80, height: 24)) -> AppState {
        var state = state(size: size)
        _ = state.update(.key(.down))
        _ = state.update(.key(.down))
        _ = state.update(.key(.down))
        _ = state.update(.key(.enter))
        _ = state.update(.articlesLoaded(.feed(FeedID(1)), offset: 0, items: worldArticles, isComplete: true))
        return state
    }

    /// The first World News article open and loaded.
    static func openArticleState(size: Size = Size(width: 80, height: 24)) -> AppState {
        var state = worldListState(size: size)
        _ = state.update(.key(.enter))
        _ = state.update(.articleLoaded(article(worldArticles[0]), englishDocument))
        return state
    }
}
