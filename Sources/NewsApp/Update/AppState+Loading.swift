import NewsModel

extension AppState {
    mutating func sourcesLoaded(feeds: [Feed], counts: SourceCounts) {
        self.feeds = feeds
        self.counts = counts
        hasLoadedSources = true
        sourceCursor.scrollToSelection(count: sourceCount, visible: listVisibleRows)
        if let list = articleList, let index = sourceIndex(of: list.source) {
            let title = sourceRow(at: index).title
            articleList?.title = title
        }
    }

    /// Takes a page of articles: the first page replaces the list (keeping the selected article
    /// selected), later pages extend it.
    mutating func articlesLoaded(
        _ source: ArticleSource, offset: Int, items: [ArticleSummary], isComplete: Bool
    ) -> [Effect] {
        guard var list = articleList, list.source == source else { return [] }
        if offset == 0 {
            let selectedID = list.selectedItem?.id
            list.items = items
            if let selectedID, let index = items.firstIndex(where: { $0.id == selectedID }) {
                list.cursor.selected = index
            }
        } else if offset == list.items.count {
            list.items += items
        } else {
            return []
        }
        list.isLoading = false
        list.isComplete = isComplete
        list.cursor.scrollToSelection(count: list.items.count, visible: listVisibleRows)
        articleList = list
        return offset > 0 ? continueUnreadSeek(from: offset) : []
    }

    mutating func articleLoaded(_ loaded: Article, document: ArticleDocument) {
        guard var view = article, view.id == loaded.id else { return }
        let isRead = view.summary.isRead
        view.article = loaded
        view.summary = loaded.summary
        view.summary.isRead = isRead || loaded.summary.isRead
        view.document = document
        view.lines = []
        article = view
        layOutArticle()
    }

    mutating func articleMissing(_ id: ArticleID) {
        guard article?.id == id else { return }
        article = nil
        focus = articleOpenedFrom == .search && search != nil ? .search : .list
        status = StatusMessage("Article \(id) is no longer in the database", kind: .error)
    }
}
