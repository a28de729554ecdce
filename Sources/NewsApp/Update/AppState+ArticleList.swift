import NewsModel

extension AppState {
    /// Commands in the list pane: the top list, or the chosen list's articles.
    mutating func listCommand(_ command: Command) -> [Effect] {
        guard var list = articleList else { return sourceCommand(command) }
        let visible = listVisibleRows
        let count = list.items.count
        switch command {
        case .moveDown: list.cursor.move(by: 1, count: count, visible: visible)
        case .moveUp: list.cursor.move(by: -1, count: count, visible: visible)
        case .top: list.cursor.select(0, count: count, visible: visible)
        case .bottom: list.cursor.select(count - 1, count: count, visible: visible)
        case .pageDown: list.cursor.move(by: visible, count: count, visible: visible)
        case .pageUp: list.cursor.move(by: -visible, count: count, visible: visible)
        case .open:
            articleList = list
            guard let item = list.selectedItem else { return [] }
            return openArticle(item, from: .list)
        case .back, .backOrQuit:
            articleList = nil
            return []
        case .switchPane:
            if article != nil { focus = .article }
        case .nextUnread, .previousUnread:
            if let index = unreadIndex(in: list.items, from: list.cursor.selected, forward: command == .nextUnread) {
                list.cursor.select(index, count: count, visible: visible)
            } else if command == .nextUnread, !list.isComplete {
                articleList = list
                return seekUnreadInNextPages(then: .select)
            } else {
                status = StatusMessage("No more unread articles in this list")
            }
        case .toggleRead:
            articleList = list
            guard let item = list.selectedItem else { return [] }
            return setRead(item, !item.isRead)
        case .toggleBookmark:
            articleList = list
            guard let item = list.selectedItem else { return [] }
            return setBookmarked(item, !item.isBookmarked)
        case .markAllRead:
            articleList = list
            return markAllRead(in: list.source)
        case .openLink, .copyLink:
            articleList = list
            guard let link = list.selectedItem?.link, !link.isEmpty else {
                status = StatusMessage("This article has no link")
                return []
            }
            if command == .openLink, !settings.hasBrowser {
                status = StatusMessage("No $BROWSER set: \(link) (y copies it)")
                return []
            }
            return [command == .openLink ? .openLink(link) : .copyLink(link)]
        default:
            break
        }
        articleList = list
        return loadMoreIfNeeded()
    }

    /// Asks for the next page when the selection comes within a screen of the loaded end.
    mutating func loadMoreIfNeeded() -> [Effect] {
        guard var list = articleList, !list.isComplete, !list.isLoading,
            list.cursor.selected >= list.items.count - listVisibleRows
        else { return [] }
        list.isLoading = true
        articleList = list
        return [.loadArticles(list.source, offset: list.items.count, limit: settings.pageSize)]
    }

    /// Asks for the next page so `n` can go on past the loaded ones; `articlesLoaded` finishes
    /// the search (a page already on its way is searched when it arrives).
    mutating func seekUnreadInNextPages(then action: ArticleListState.UnreadSeek) -> [Effect] {
        guard var list = articleList else { return [] }
        list.unreadSeek = action
        status = StatusMessage("Looking for more unread articles…")
        defer { articleList = list }
        if list.isLoading { return [] }
        list.isLoading = true
        return [.loadArticles(list.source, offset: list.items.count, limit: settings.pageSize)]
    }

    /// Goes on with a pending `n` once the page starting at `offset` has been added.
    mutating func continueUnreadSeek(from offset: Int) -> [Effect] {
        guard var list = articleList, let action = list.unreadSeek else { return [] }
        guard let index = unreadIndex(in: list.items, from: offset - 1, forward: true) else {
            if list.isComplete {
                list.unreadSeek = nil
                articleList = list
                status = StatusMessage("No more unread articles in this list")
                return []
            }
            return seekUnreadInNextPages(then: action)
        }
        list.unreadSeek = nil
        list.cursor.select(index, count: list.items.count, visible: listVisibleRows)
        articleList = list
        status = nil
        return action == .open ? openArticle(list.items[index], from: articleOpenedFrom) : []
    }

    /// Index of the nearest unread article before or after `index`.
    func unreadIndex(in items: [ArticleSummary], from index: Int, forward: Bool) -> Int? {
        if forward {
            return items.indices.first { $0 > index && !items[$0].isRead }
        }
        return items.indices.last { $0 < index && !items[$0].isRead }
    }

    /// Opens an article in the article pane and marks it read.
    mutating func openArticle(_ summary: ArticleSummary, from pane: Pane) -> [Effect] {
        focus = .article
        articleOpenedFrom = pane
        var effects: [Effect] = []
        if article?.id != summary.id || article?.document == nil {
            article = ArticleViewState(summary: summary)
            effects.append(.loadArticle(summary.id))
        }
        if !summary.isRead { effects += setRead(summary, true) }
        return effects
    }

    /// Changes an article's read state everywhere it is shown, adjusts the counts, and stores it.
    mutating func setRead(_ summary: ArticleSummary, _ read: Bool) -> [Effect] {
        let current = currentSummary(summary.id) ?? summary
        guard current.isRead != read else { return [] }
        let delta = read ? -1 : 1
        counts.unread = max(0, counts.unread + delta)
        if let index = feeds.firstIndex(where: { $0.id == summary.feedID }) {
            feeds[index].unreadCount = max(0, feeds[index].unreadCount + delta)
        }
        changeSummary(summary.id) { $0.isRead = read }
        return [.setRead([summary.id], read)]
    }

    mutating func setBookmarked(_ summary: ArticleSummary, _ bookmarked: Bool) -> [Effect] {
        counts.bookmarked = max(0, counts.bookmarked + (bookmarked ? 1 : -1))
        changeSummary(summary.id) { $0.isBookmarked = bookmarked }
        status = StatusMessage(bookmarked ? "Bookmarked" : "Bookmark removed", expires: now.addingTimeInterval(3))
        return [.setBookmarked(summary.id, bookmarked)]
    }

    /// The freshest copy of an article's summary the state holds.
    func currentSummary(_ id: ArticleID) -> ArticleSummary? {
        if let article, article.id == id { return article.summary }
        return articleList?.items.first { $0.id == id } ?? search?.results.first { $0.summary.id == id }?.summary
    }

    mutating func changeSummary(_ id: ArticleID, _ change: (inout ArticleSummary) -> Void) {
        articleList?.updateItem(id, change)
        if article?.id == id { change(&article!.summary) }
        if var search {
            for index in search.results.indices where search.results[index].summary.id == id {
                change(&search.results[index].summary)
            }
            self.search = search
        }
    }
}
