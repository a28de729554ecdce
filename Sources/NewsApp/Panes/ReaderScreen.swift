import TerminalUI

/// The whole screen for a state: title bar, the pane or panes the layout calls for, status line.
public struct ReaderScreen: Widget {
    public var state: AppState
    public var theme: Theme

    public init(state: AppState, theme: Theme = .standard) {
        self.state = state
        self.theme = theme
    }

    public func render(into buffer: inout Buffer, area: Rect) {
        let layout = ScreenLayout(size: area.size, focus: state.focus, hasArticle: state.article != nil)
        if layout.isTooSmall {
            TooSmallScreen(size: area.size, theme: theme).render(into: &buffer, area: area)
            return
        }
        TitleBar(state: state, theme: theme).render(into: &buffer, area: layout.titleBar)
        if let listArea = layout.listArea {
            leftPane(into: &buffer, area: listArea)
        }
        if let separator = layout.separator {
            for y in separator.y..<separator.maxY {
                buffer.set(Cell("│", style: theme.separator), at: Point(x: separator.x, y: y))
            }
        }
        if let articleArea = layout.articleArea {
            ArticlePane(view: state.article, isFocused: state.focus == .article, theme: theme)
                .render(into: &buffer, area: articleArea)
        }
        StatusLine(state: state, theme: theme).render(into: &buffer, area: layout.statusLine)
        if state.isHelpVisible {
            HelpOverlay(keymap: state.keymap, theme: theme, scroll: state.helpScroll).render(into: &buffer, area: layout.titleBar.rows(between: layout.statusLine))
        }
    }

    /// The search while it is in use (or an article opened from it is), else the list.
    private func leftPane(into buffer: inout Buffer, area: Rect) {
        let showsSearch = state.search != nil
            && (state.focus == .search || (state.focus == .article && state.articleOpenedFrom == .search))
        if showsSearch, let search = state.search {
            SearchPane(search: search, state: state, isFocused: state.focus == .search, theme: theme)
                .render(into: &buffer, area: area)
        } else if let list = state.articleList {
            ArticleListPane(list: list, state: state, isFocused: state.focus == .list, theme: theme)
                .render(into: &buffer, area: area)
        } else {
            SourceListPane(state: state, isFocused: state.focus == .list, theme: theme).render(into: &buffer, area: area)
        }
    }
}

extension Rect {
    /// The rows strictly between this rectangle and `lower`.
    func rows(between lower: Rect) -> Rect {
        Rect(x: x, y: maxY, width: width, height: lower.y - maxY)
    }
}
