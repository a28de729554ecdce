import NewsModel

extension AppState {
    /// Commands in the top list of virtual lists and feeds.
    mutating func sourceCommand(_ command: Command) -> [Effect] {
        let count = sourceCount
        let visible = listVisibleRows
        let selected = sourceCursor.selected
        switch command {
        case .moveDown: sourceCursor.move(by: 1, count: count, visible: visible)
        case .moveUp: sourceCursor.move(by: -1, count: count, visible: visible)
        case .top: sourceCursor.select(0, count: count, visible: visible)
        case .bottom: sourceCursor.select(count - 1, count: count, visible: visible)
        case .pageDown: sourceCursor.move(by: visible, count: count, visible: visible)
        case .pageUp: sourceCursor.move(by: -visible, count: count, visible: visible)
        case .open:
            guard (0..<count).contains(selected) else { return [] }
            return openSource(sourceRow(at: selected).source)
        case .backOrQuit:
            return perform(.quit)
        case .switchPane:
            if article != nil { focus = .article }
        case .nextUnread, .previousUnread:
            let step = command == .nextUnread ? 1 : -1
            var index = selected + step
            while (0..<count).contains(index) {
                let row = sourceRow(at: index)
                if row.count > 0, case .feed = row.source {
                    sourceCursor.select(index, count: count, visible: visible)
                    return []
                }
                index += step
            }
            status = StatusMessage("No other feed has unread articles")
        case .markAllRead:
            guard (0..<count).contains(selected) else { return [] }
            return markAllRead(in: sourceRow(at: selected).source)
        default:
            break
        }
        return []
    }

    /// Shows the articles of a list, loading its first page.
    mutating func openSource(_ source: ArticleSource) -> [Effect] {
        let index = sourceIndex(of: source)
        articleList = ArticleListState(source: source, title: index.map { sourceRow(at: $0).title } ?? "Articles")
        focus = .list
        if let index {
            sourceCursor.select(index, count: sourceCount, visible: listVisibleRows)
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
        if (0..<sourceCount).contains(sourceCursor.selected), case .feed(let id) = sourceRow(at: sourceCursor.selected).source {
            return [id]
        }
        return nil
    }
}
