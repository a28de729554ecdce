import NewsModel

extension AppState {
    /// `r`/`R`: one refresh at a time, in the background, with progress in the status line.
    mutating func startRefresh(_ feedIDs: [FeedID]?) -> [Effect] {
        guard refresh == nil else {
            status = StatusMessage("A refresh is already running")
            return []
        }
        let total = feedIDs?.count ?? feeds.count
        guard total > 0 else {
            status = StatusMessage("No feeds to refresh; add some with 'sahifa add URL'")
            return []
        }
        refresh = RefreshProgressInfo(completed: 0, total: total)
        return [.refresh(feedIDs)]
    }

    /// Reports the outcome and reloads what may have changed, keeping the selection.
    mutating func refreshFinished(_ outcome: RefreshOutcome) -> [Effect] {
        refresh = nil
        status = StatusMessage(
            outcome.message, kind: outcome.succeeded ? .info : .error,
            expires: outcome.succeeded ? now.addingTimeInterval(8) : nil)
        var effects: [Effect] = [.loadSources]
        if let list = articleList {
            effects.append(.loadArticles(list.source, offset: 0, limit: max(settings.pageSize, list.items.count)))
            articleList?.isLoading = true
        }
        return effects
    }
}
