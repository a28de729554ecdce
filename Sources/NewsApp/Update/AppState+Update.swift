import Foundation
import TerminalUI

extension AppState {
    /// Effects to run when the reader opens.
    public func start() -> [Effect] { [.loadSources] }

    /// The one place state changes (DESIGN §2): applies an event, returns the work to do next.
    public mutating func update(_ event: Event) -> [Effect] {
        switch event {
        case .key(let key):
            return handle(key)
        case .resize(let newSize):
            resize(to: newSize)
            return []
        case .tick(let date):
            now = date
            if let expires = status?.expires, expires <= date { status = nil }
            return []
        case .sourcesLoaded(let feeds, let counts):
            sourcesLoaded(feeds: feeds, counts: counts)
            return []
        case .articlesLoaded(let source, let offset, let items, let isComplete):
            return articlesLoaded(source, offset: offset, items: items, isComplete: isComplete)
        case .articleLoaded(let loaded, let document):
            articleLoaded(loaded, document: document)
            return []
        case .articleMissing(let id):
            articleMissing(id)
            return []
        case .searchResults(let query, let results):
            searchResultsArrived(query: query, results: results)
            return []
        case .searchFailed(let query, let message):
            searchFailed(query: query, message: message)
            return []
        case .refreshProgress(let progress):
            refresh = progress
            return []
        case .refreshFinished(let outcome):
            return refreshFinished(outcome)
        case .notice(let text):
            status = StatusMessage(text, expires: now.addingTimeInterval(5))
            return []
        case .failed(let text):
            status = StatusMessage(text, kind: .error)
            return []
        }
    }

    mutating func handle(_ key: Key) -> [Effect] {
        if key == .resize { return [] }
        status = nil
        // Any key cancels an `n` still searching later pages; `n` itself starts a new search.
        articleList?.unreadSeek = nil
        if isHelpVisible {
            let command = keymap.command(for: key, in: .list)
            if let command, let scrolled = helpScroll(after: command) {
                helpScroll = scrolled
                return []
            }
            isHelpVisible = false
            helpScroll = 0
            return command == .quit ? perform(.quit) : []
        }
        if layout.isTooSmall {
            let command = keymap.command(for: key, in: .list)
            return command == .quit || command == .backOrQuit ? perform(.quit) : []
        }
        if focus == .search {
            if let command = keymap.command(for: key, in: .search) { return perform(command) }
            return editQuery(with: key)
        }
        guard let command = keymap.command(for: key, in: focus) else { return [] }
        return perform(command)
    }

    /// The help's scroll after a movement command, or nil when the command closes the help
    /// (any other command, or any key at all when the whole help fits).
    private func helpScroll(after command: Command) -> Int? {
        let area = layout.titleBar.rows(between: layout.statusLine)
        let maximum = HelpOverlay.maximumScroll(keymap: keymap, area: area)
        guard maximum > 0 else { return nil }
        let page = max(1, area.height - 4)
        switch command {
        case .moveDown: return min(maximum, helpScroll + 1)
        case .moveUp: return max(0, helpScroll - 1)
        case .pageDown: return min(maximum, helpScroll + page)
        case .pageUp: return max(0, helpScroll - page)
        case .top: return 0
        case .bottom: return maximum
        default: return nil
        }
    }

    /// Runs a command in the focused pane.
    public mutating func perform(_ command: Command) -> [Effect] {
        switch command {
        case .quit:
            isQuitting = true
            return [.quit]
        case .help:
            isHelpVisible = true
            return []
        case .search:
            return beginSearch()
        case .showBookmarks:
            return openSource(.bookmarked)
        case .refreshAll:
            return startRefresh(nil)
        case .refreshFeed:
            return startRefresh(feedsToRefresh)
        default:
            switch focus {
            case .list: return listCommand(command)
            case .article: return articleCommand(command)
            case .search: return searchCommand(command)
            }
        }
    }

    mutating func resize(to newSize: Size) {
        size = newSize
        sourceCursor.scrollToSelection(count: sourceCount, visible: listVisibleRows)
        let listRows = listVisibleRows
        if var list = articleList {
            list.cursor.scrollToSelection(count: list.items.count, visible: listRows)
            articleList = list
        }
        if var state = search {
            state.cursor.scrollToSelection(count: state.results.count, visible: searchVisibleResults)
            search = state
        }
        layOutArticle()
    }
}
