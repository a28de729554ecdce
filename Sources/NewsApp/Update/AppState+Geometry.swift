extension AppState {
    /// Rows of items a list pane shows (its first row is the list's title).
    var listVisibleRows: Int { max(1, ScreenLayout.bodyHeight(for: size) - 1) }

    /// Rows of text the article pane shows.
    var articleVisibleRows: Int { max(1, ScreenLayout.bodyHeight(for: size)) }

    /// Results the search pane shows: two rows each, under the query line and a count line.
    var searchVisibleResults: Int { max(1, (ScreenLayout.bodyHeight(for: size) - 2) / 2) }

    /// Columns an article body is laid out to: the pane less a margin each side, capped for reading.
    public var articleTextWidth: Int {
        max(1, min(ScreenLayout.articlePaneWidth(for: size) - 2, settings.maximumTextWidth))
    }
}
