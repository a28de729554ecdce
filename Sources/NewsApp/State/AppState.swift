import Foundation
import NewsModel
import TerminalUI

/// Everything the reader shows, in one value owned by the loop (DESIGN §2).
///
/// Only `update` changes it; panes are drawn from it; tests build it by hand.
public struct AppState: Sendable {
    public var size: Size
    public var settings: ReaderSettings
    public var now: Date

    public var feeds: [Feed]
    public var counts: SourceCounts
    public var hasLoadedSources: Bool
    /// Selection in the top list (virtual lists, then feeds).
    public var sourceCursor: ListCursor
    /// The chosen list's articles; nil while the top list is shown.
    public var articleList: ArticleListState?
    public var article: ArticleViewState?
    public var search: SearchState?

    public var focus: Pane
    /// Where `back` from the article pane goes (the list, or the search it was opened from).
    public var articleOpenedFrom: Pane
    public var status: StatusMessage?
    public var refresh: RefreshProgressInfo?
    public var isHelpVisible: Bool
    /// How far the help is scrolled when it is taller than the screen.
    public var helpScroll: Int
    public var keymap: Keymap
    public var isQuitting: Bool

    public init(size: Size, settings: ReaderSettings = ReaderSettings(), now: Date = Date(), keymap: Keymap = .default) {
        self.size = size
        self.settings = settings
        self.now = now
        feeds = []
        counts = SourceCounts()
        hasLoadedSources = false
        sourceCursor = ListCursor()
        articleList = nil
        article = nil
        search = nil
        focus = .list
        articleOpenedFrom = .list
        status = nil
        refresh = nil
        isHelpVisible = false
        helpScroll = 0
        self.keymap = keymap
        isQuitting = false
    }

    /// The virtual lists followed by the feeds, as the top list shows them.
    public var sourceRows: [SourceRow] {
        var rows = [
            SourceRow(source: .all, title: "All articles", count: counts.unread),
            SourceRow(source: .unread, title: "Unread", count: counts.unread),
            SourceRow(source: .bookmarked, title: "Bookmarks", count: counts.bookmarked),
        ]
        for feed in feeds {
            rows.append(
                SourceRow(
                    source: .feed(feed.id), title: feed.title.isEmpty ? feed.url : feed.title, count: feed.unreadCount,
                    tags: feed.tags, language: feed.language, error: feed.lastError))
        }
        return rows
    }

    /// Where each pane goes for the current size.
    public var layout: ScreenLayout { ScreenLayout(size: size, focus: focus, hasArticle: article != nil) }
}
