import Foundation
import NewsModel
import TerminalUI
import Testing

@testable import NewsApp

@Suite struct UpdateTests {
    @Test func startingLoadsTheSources() {
        let state = AppState(size: Size(width: 80, height: 24))
        #expect(state.start() == [.loadSources])
    }

    @Test func topListShowsVirtualListsThenFeeds() {
        let state = ReaderFixtures.state()
        #expect(state.sourceRows.map(\.source) == [.all, .unread, .bookmarked, .feed(FeedID(1)), .feed(FeedID(2)), .feed(FeedID(3))])
        #expect(state.sourceRows.map(\.count) == [3, 3, 1, 2, 1, 0])
        #expect(state.sourceCount == 6)
        for (index, row) in state.sourceRows.enumerated() {
            #expect(state.sourceIndex(of: row.source) == index)
        }
        #expect(state.sourceIndex(of: .feed(FeedID(99))) == nil)
    }

    @Test(arguments: [
        (Key.enter, ArticleSource.all), (Key.character("l"), .all), (Key.right, .all),
    ])
    func openingASourceLoadsItsFirstPage(key: Key, source: ArticleSource) {
        var state = ReaderFixtures.state()
        let effects = state.update(.key(key))
        #expect(effects == [.loadArticles(source, offset: 0, limit: 50)])
        #expect(state.articleList?.source == source)
        #expect(state.focus == .list)
    }

    @Test func movingKeysMoveTheSelectionWithinBounds() {
        var state = ReaderFixtures.state()
        for key in [Key.character("j"), .down, .control("n")] { _ = state.update(.key(key)) }
        #expect(state.sourceCursor.selected == 3)
        _ = state.update(.key(.character("G")))
        #expect(state.sourceCursor.selected == 5)
        _ = state.update(.key(.character("j")))
        #expect(state.sourceCursor.selected == 5)
        _ = state.update(.key(.character("g")))
        #expect(state.sourceCursor.selected == 0)
        _ = state.update(.key(.character("k")))
        #expect(state.sourceCursor.selected == 0)
    }

    @Test func openingAnArticleLoadsItAndMarksItRead() {
        var state = ReaderFixtures.worldListState()
        let effects = state.update(.key(.enter))
        #expect(effects == [.loadArticle(ArticleID(11)), .setRead([ArticleID(11)], true)])
        #expect(state.focus == .article)
        #expect(state.articleList?.items[0].isRead == true)
        #expect(state.counts.unread == 2)
        #expect(state.feeds[0].unreadCount == 1)
    }

    @Test func openingAReadArticleDoesNotMarkItAgain() {
        var state = ReaderFixtures.worldListState()
        _ = state.update(.key(.down))
        #expect(state.update(.key(.enter)) == [.loadArticle(ArticleID(12))])
    }

    @Test func loadedArticleIsLaidOutForTheArticleWidth() {
        let state = ReaderFixtures.openArticleState()
        let view = try! #require(state.article)
        #expect(view.layoutWidth == 78)
        #expect(!view.lines.isEmpty)
        #expect(view.lines.allSatisfy { $0.width <= 78 })
    }

    @Test func resizeLaysOutAgainWithoutReloading() {
        var state = ReaderFixtures.openArticleState()
        let before = state.article?.lines.count ?? 0
        let effects = state.update(.resize(Size(width: 50, height: 20)))
        #expect(effects.isEmpty)
        #expect(state.article?.layoutWidth == 48)
        #expect((state.article?.lines.count ?? 0) > before)
    }

    @Test(arguments: [Key.character("q"), .character("h"), .left, .escape])
    func backFromTheArticleReturnsToTheList(key: Key) {
        var state = ReaderFixtures.openArticleState()
        #expect(state.update(.key(key)).isEmpty)
        #expect(state.focus == .list)
        #expect(state.articleList != nil)
    }

    @Test func qWalksBackThenQuitsFromTheTop() {
        var state = ReaderFixtures.openArticleState()
        #expect(state.update(.key(.character("q"))).isEmpty)
        #expect(state.update(.key(.character("q"))).isEmpty)
        #expect(state.articleList == nil)
        #expect(state.update(.key(.character("q"))) == [.quit])
        #expect(state.isQuitting)
    }

    @Test(arguments: [Pane.list, .article, .search])
    func capitalQQuitsFromAnywhere(pane: Pane) {
        var state = ReaderFixtures.openArticleState()
        if pane == .search { _ = state.update(.key(.character("/"))) }
        if pane == .list { _ = state.update(.key(.character("h"))) }
        let effects = state.update(.key(pane == .search ? .control("c") : .character("Q")))
        #expect(effects == [.quit])
    }

    @Test func articleScrollsByLineAndPage() {
        var state = ReaderFixtures.openArticleState(size: Size(width: 40, height: 12))
        _ = state.update(.key(.character("j")))
        #expect(state.article?.scroll == 1)
        _ = state.update(.key(.character(" ")))
        #expect(state.article?.scroll == 10)
        _ = state.update(.key(.character("-")))
        #expect(state.article?.scroll == 1)
        _ = state.update(.key(.character("G")))
        let lines = state.article?.lines.count ?? 0
        #expect(state.article?.scroll == lines - 10)
        _ = state.update(.key(.character("g")))
        #expect(state.article?.scroll == 0)
    }

    @Test func bookmarkToggles() {
        var state = ReaderFixtures.openArticleState()
        #expect(state.update(.key(.character("b"))) == [.setBookmarked(ArticleID(11), true)])
        #expect(state.article?.summary.isBookmarked == true)
        #expect(state.articleList?.items[0].isBookmarked == true)
        #expect(state.update(.key(.character("b"))) == [.setBookmarked(ArticleID(11), false)])
    }

    @Test func uTogglesRead() {
        var state = ReaderFixtures.openArticleState()
        #expect(state.update(.key(.character("u"))) == [.setRead([ArticleID(11)], false)])
        #expect(state.counts.unread == 3)
        #expect(state.update(.key(.character("u"))) == [.setRead([ArticleID(11)], true)])
    }

    @Test func markAllReadMarksTheListLocallyAndInTheStore() {
        var state = ReaderFixtures.worldListState()
        #expect(state.update(.key(.character("A"))) == [.markAllRead(.feed(FeedID(1)))])
        #expect(state.articleList?.items.allSatisfy(\.isRead) == true)
    }

    @Test func nextUnreadFromTheArticleOpensIt() {
        var state = ReaderFixtures.openArticleState()
        let effects = state.update(.key(.character("n")))
        #expect(effects == [.loadArticle(ArticleID(13)), .setRead([ArticleID(13)], true)])
        #expect(state.articleList?.cursor.selected == 2)
        #expect(state.update(.key(.character("n"))).isEmpty)
        #expect(state.status?.text.contains("No more unread") == true)
    }

    @Test func capitalBOpensBookmarks() {
        var state = ReaderFixtures.state()
        #expect(state.update(.key(.character("B"))) == [.loadArticles(.bookmarked, offset: 0, limit: 50)])
    }

    @Test func refreshKeys() {
        var state = ReaderFixtures.openArticleState()
        #expect(state.update(.key(.character("r"))) == [.refresh([FeedID(1)])])
        #expect(state.update(.key(.character("R"))).isEmpty)
        #expect(state.status?.text == "A refresh is already running")
        _ = state.update(.refreshProgress(RefreshProgressInfo(completed: 1, total: 3)))
        #expect(state.refresh?.completed == 1)
        let effects = state.update(.refreshFinished(RefreshOutcome(feeds: 1, newArticles: 4)))
        #expect(effects == [.loadSources, .loadArticles(.feed(FeedID(1)), offset: 0, limit: 50)])
        #expect(state.refresh == nil)
        #expect(state.update(.key(.character("R"))) == [.refresh(nil)])
    }

    @Test func aRefreshThatDidNotRunStaysOnTheStatusLineAsAnError() {
        var state = ReaderFixtures.openArticleState()
        _ = state.update(.key(.character("R")))
        _ = state.update(.refreshFinished(.notRun("another refresh is running on this database")))
        #expect(state.status?.text == "Not refreshed: another refresh is running on this database")
        #expect(state.status?.kind == .error)
        #expect(state.status?.expires == nil)
        #expect(state.refresh == nil)
    }

    @Test func linksOpenCopyAndFollowByNumber() {
        var state = ReaderFixtures.openArticleState()
        #expect(state.update(.key(.character("o"))) == [.openLink("https://example.org/articles/11")])
        #expect(state.update(.key(.character("y"))) == [.copyLink("https://example.org/articles/11")])
        #expect(state.update(.key(.character("2"))) == [.openLink("https://example.org/timetable")])
        #expect(state.update(.key(.character("7"))).isEmpty)
        #expect(state.status?.text == "There is no link [7] in this article")
    }

    @Test func pagingAsksForMoreNearTheEnd() {
        var state = ReaderFixtures.state(size: Size(width: 80, height: 12))
        _ = state.update(.key(.enter))
        let page = (0..<50).map { ReaderFixtures.summary(Int64(100 + $0), title: "Item \($0)", hoursAgo: Double($0)) }
        _ = state.update(.articlesLoaded(.all, offset: 0, items: page, isComplete: false))
        var effects: [Effect] = []
        for _ in 0..<45 { effects += state.update(.key(.down)) }
        #expect(effects == [.loadArticles(.all, offset: 50, limit: 50)])
        _ = state.update(.articlesLoaded(.all, offset: 50, items: [ReaderFixtures.summary(999, title: "Last", hoursAgo: 99)], isComplete: true))
        #expect(state.articleList?.items.count == 51)
        #expect(state.articleList?.isComplete == true)
    }

    /// `n` goes on into pages not loaded yet: the next page is asked for, searched when it
    /// arrives, and so on until an unread article or the end of the list.
    @Test func nextUnreadSearchesPagesNotLoadedYet() {
        var state = ReaderFixtures.state(size: Size(width: 80, height: 12))
        _ = state.update(.key(.enter))
        let read = (0..<50).map { ReaderFixtures.summary(Int64(100 + $0), title: "Read \($0)", hoursAgo: Double($0), read: true) }
        _ = state.update(.articlesLoaded(.all, offset: 0, items: read, isComplete: false))

        #expect(state.update(.key(.character("n"))) == [.loadArticles(.all, offset: 50, limit: 50)])
        #expect(state.status?.text == "Looking for more unread articles…")
        let stillRead = (50..<100).map { ReaderFixtures.summary(Int64(100 + $0), title: "Read \($0)", hoursAgo: Double($0), read: true) }
        #expect(state.update(.articlesLoaded(.all, offset: 50, items: stillRead, isComplete: false))
            == [.loadArticles(.all, offset: 100, limit: 50)])
        let unread = ReaderFixtures.summary(500, title: "Fresh", hoursAgo: 200)
        #expect(state.update(.articlesLoaded(.all, offset: 100, items: [unread], isComplete: true)).isEmpty)
        #expect(state.articleList?.selectedItem?.id == ArticleID(500))
        #expect(state.status == nil)

        #expect(state.update(.key(.character("n"))).isEmpty)
        #expect(state.status?.text == "No more unread articles in this list")
    }

    @Test func nextUnreadWhileReadingOpensTheArticleFromTheNextPage() {
        var state = ReaderFixtures.state(size: Size(width: 80, height: 12))
        _ = state.update(.key(.enter))
        let read = (0..<50).map { ReaderFixtures.summary(Int64(100 + $0), title: "Read \($0)", hoursAgo: Double($0), read: true) }
        _ = state.update(.articlesLoaded(.all, offset: 0, items: read, isComplete: false))
        _ = state.update(.key(.enter))
        #expect(state.focus == .article)
        #expect(state.update(.key(.character("n"))) == [.loadArticles(.all, offset: 50, limit: 50)])
        let unread = ReaderFixtures.summary(700, title: "Fresh", hoursAgo: 60)
        let effects = state.update(.articlesLoaded(.all, offset: 50, items: [unread], isComplete: true))
        #expect(effects.contains(.loadArticle(ArticleID(700))))
        #expect(state.article?.id == ArticleID(700))
    }

    @Test func anotherKeyCancelsAPendingUnreadSearch() {
        var state = ReaderFixtures.state(size: Size(width: 80, height: 12))
        _ = state.update(.key(.enter))
        let read = (0..<50).map { ReaderFixtures.summary(Int64(100 + $0), title: "Read \($0)", hoursAgo: Double($0), read: true) }
        _ = state.update(.articlesLoaded(.all, offset: 0, items: read, isComplete: false))
        _ = state.update(.key(.character("n")))
        _ = state.update(.key(.character("k")))
        let unread = ReaderFixtures.summary(800, title: "Fresh", hoursAgo: 60)
        #expect(state.update(.articlesLoaded(.all, offset: 50, items: [unread], isComplete: true)).isEmpty)
        #expect(state.articleList?.selectedItem?.id != ArticleID(800))
    }

    @Test func staleArticlePagesAreIgnored() {
        var state = ReaderFixtures.worldListState()
        _ = state.update(.articlesLoaded(.unread, offset: 0, items: [], isComplete: true))
        #expect(state.articleList?.items.count == 3)
    }

    @Test func reloadKeepsTheSelectedArticle() {
        var state = ReaderFixtures.worldListState()
        _ = state.update(.key(.down))
        let fresh = [ReaderFixtures.summary(10, title: "Newest", hoursAgo: 0)] + ReaderFixtures.worldArticles
        _ = state.update(.articlesLoaded(.feed(FeedID(1)), offset: 0, items: fresh, isComplete: true))
        #expect(state.articleList?.selectedItem?.id == ArticleID(12))
    }

    @Test func errorsAndNoticesGoToTheStatusLine() {
        var state = ReaderFixtures.state()
        _ = state.update(.failed("database is locked"))
        #expect(state.status == StatusMessage("database is locked", kind: .error))
        _ = state.update(.key(.down))
        #expect(state.status == nil)
        _ = state.update(.notice("Copied"))
        _ = state.update(.tick(ReaderFixtures.now.addingTimeInterval(10)))
        #expect(state.status == nil)
    }

    @Test func helpShowsAndAnyKeyCloses() {
        var state = ReaderFixtures.state()
        _ = state.update(.key(.character("?")))
        #expect(state.isHelpVisible)
        #expect(state.update(.key(.character("j"))).isEmpty)
        #expect(!state.isHelpVisible)
        #expect(state.sourceCursor.selected == 0)
    }

    @Test func tooSmallTerminalOnlyQuits() {
        var state = ReaderFixtures.state(size: Size(width: 30, height: 8))
        #expect(state.update(.key(.enter)).isEmpty)
        #expect(state.articleList == nil)
        #expect(state.update(.key(.character("Q"))) == [.quit])
    }

    @Test func keymapCoversEveryCommand() {
        let keymap = Keymap.default
        for command in Command.allCases {
            #expect(!keymap.keys(for: command).isEmpty, "no key for \(command)")
        }
    }
}

@Suite struct NoBrowserTests {
    @Test func withoutABrowserOShowsTheLinksInstead() {
        var state = ReaderFixtures.openArticleState(size: Size(width: 80, height: 12))
        state.settings.hasBrowser = false
        #expect(state.update(.key(.character("o"))).isEmpty)
        #expect(state.status?.text.contains("https://example.org/articles/11") == true)
        let top = state.article.map { $0.lines[$0.scroll].text.trimmingCharacters(in: .whitespaces) }
        #expect(top == "Links" || state.article?.scroll == (state.article?.lines.count ?? 0) - 10)
        #expect(state.update(.key(.character("1"))).isEmpty)
        #expect(state.status?.text.hasPrefix("[1] https://example.org/port") == true)
    }
}
