import NewsModel

extension AppState {
    /// Commands in the top list of virtual lists and feeds.
    mutating func sourceCommand(_ command: Command) -> [Effect] {
        let rows = sourceRows
        let visible = listVisibleRows
        switch command {
        case .moveDown: sourceCursor.move(by: 1, count: rows.count, visible: visible)
        case .moveUp: sourceCursor.move(by: -1, count: rows.count, visible: visible)
        case .top: sourceCursor.select(0, count: rows.count, visible: visible)
        case .bottom: sourceCursor.select(rows.count - 1, count: rows.count, visible: visible)
        case .pageDown: sourceCursor.move(by: visible, count: rows.count, visible: visible)
        case .pageUp: sourceCursor.move(by: -visible, count: rows.count, visible: visible)
        case .open:
            guard rows.indices.contains(sourceCursor.selected) else { return [] }
            return openSource(rows[sourceCursor.selected].source)
        case .backOrQuit:
            return perform(.quit)
        case .switchPane:
            if article != nil { focus = .article }
        case .nextUnread, .previousUnread:
            let step = command == .nextUnread ? 1 : -1
            var index = sourceCursor.selected + step
            while rows.indices.contains(index) {
                if rows[index].count > 0, case .feed = rows[index].source {
                    sourceCursor.select(index, count: rows.count, visible: visible)
                    return []
                }
                index += step
            }
            status = StatusMessage("No other feed has unread articles")
        case .markAllRead:
            guard rows.indices.contains(sourceCursor.selected) else { return [] }
            return markAllRead(in: rows[sourceCursor.selected].source)
        default:
            break
        }
        return []
    }

    /// Shows the articles of a list, loading its first page.
    mutating func openSource(_ source: ArticleSource) -> [Effect] {
        let title = sourceRows.first { $0.source == source }?.title ?? "Articles"
        articleList = ArticleListState(source: source, title: title)
        focus = .list
        if let index = sourceRows.firstIndex(where: { $0.source == source }) {
            sourceCursor.select(index, count: sourceRows.count, visible: listVisibleRows)
        }
        return [.loadArticles(source, offset: 0, limit: settings.pageSize)]
    }

    /// Marks every article of a list read, here and in the store.
    mutating func markAllRead(in source: ArticleSource) -> [Effect] {
        if articleList?.source == source {
            for index in articleList!.items.indices { articleList!.items[index].isRead = true }
        }
        return [.markAllRead(source)]
    }

    /// The feeds `r` refreshes: the open article's feed, the chosen feed, or all of them.
    var feedsToRefresh: [FeedID]? {
        if focus == .article, let article { return [article.summary.feedID] }
        if let list = articleList {
            if case .feed(let id) = list.source { return [id] }
            if let item = list.selectedItem { return [item.feedID] }
            return nil
        }
        let rows = sourceRows
        if rows.indices.contains(sourceCursor.selected), case .feed(let id) = rows[sourceCursor.selected].source {
            return [id]
        }
        return nil
    }
}
