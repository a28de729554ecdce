import Foundation
import TerminalUI

extension AppState {
    /// `/`: the search pane, keeping the last query and its results.
    mutating func beginSearch() -> [Effect] {
        if search == nil { search = SearchState() }
        focus = .search
        return []
    }

    /// Printable keys (Arabic included) edit the query; every change asks for fresh results.
    mutating func editQuery(with key: Key) -> [Effect] {
        guard var state = search, state.editor.handle(key) else { return [] }
        let query = state.query.trimmingCharacters(in: .whitespaces)
        state.cursor = ListCursor()
        if query.isEmpty {
            state.results = []
            state.resultsQuery = ""
            state.error = nil
            search = state
            return []
        }
        search = state
        return [.search(query)]
    }

    mutating func searchCommand(_ command: Command) -> [Effect] {
        guard var state = search else {
            focus = .list
            return []
        }
        let visible = searchVisibleResults
        let count = state.results.count
        switch command {
        case .moveDown: state.cursor.move(by: 1, count: count, visible: visible)
        case .moveUp: state.cursor.move(by: -1, count: count, visible: visible)
        case .pageDown: state.cursor.move(by: visible, count: count, visible: visible)
        case .pageUp: state.cursor.move(by: -visible, count: count, visible: visible)
        case .open:
            search = state
            guard let result = state.selectedResult else { return [] }
            return openArticle(result.summary, from: .search)
        case .back:
            focus = .list
        case .switchPane:
            if article != nil {
                focus = .article
                articleOpenedFrom = .search
            }
        default:
            break
        }
        search = state
        return []
    }

    mutating func searchResultsArrived(query: String, results: [SearchResult]) {
        guard var state = search, state.query.trimmingCharacters(in: .whitespaces) == query else { return }
        state.results = results
        state.resultsQuery = query
        state.error = nil
        state.cursor.scrollToSelection(count: results.count, visible: searchVisibleResults)
        search = state
    }

    mutating func searchFailed(query: String, message: String) {
        guard var state = search, state.query.trimmingCharacters(in: .whitespaces) == query else { return }
        state.results = []
        state.resultsQuery = query
        state.error = message
        search = state
    }
}
