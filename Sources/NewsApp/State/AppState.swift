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
        (0..<sourceCount).map(sourceRow(at:))
    }

    /// The virtual lists, then one row per feed.
    public var sourceCount: Int { Self.virtualSources + feeds.count }

    /// One row of `sourceRows`, built alone: the status line and the key handlers need only the
    /// selected row, not the whole list on every key and every frame.
    public func sourceRow(at index: Int) -> SourceRow {
        switch index {
        case 0: return SourceRow(source: .all, title: "All articles", count: counts.unread)
        case 1: return SourceRow(source: .unread, title: "Unread", count: counts.unread)
        case 2: return SourceRow(source: .bookmarked, title: "Bookmarks", count: counts.bookmarked)
        default:
            let feed = feeds[index - Self.virtualSources]
            return SourceRow(
                source: .feed(feed.id), title: feed.title.isEmpty ? feed.url : feed.title, count: feed.unreadCount,
                tags: feed.tags, language: feed.language, error: feed.lastError)
        }
    }

    /// The row of `source` in the top list, if it has one.
    public func sourceIndex(of source: ArticleSource) -> Int? {
        switch source {
        case .all: return 0
        case .unread: return 1
        case .bookmarked: return 2
        case .feed(let id): return feeds.firstIndex { $0.id == id }.map { $0 + Self.virtualSources }
        }
    }

    /// All articles, Unread and Bookmarks.
    static let virtualSources = 3

    /// Where each pane goes for the current size.
    public var layout: ScreenLayout { ScreenLayout(size: size, focus: focus, hasArticle: article != nil) }
}
