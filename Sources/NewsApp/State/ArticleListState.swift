import NewsModel

/// The articles of the chosen list, loaded a page at a time as the selection nears the end
/// (newsraft's lazy loading; aesthetics.md §5.2 k).
public struct ArticleListState: Hashable, Sendable {
    public var source: ArticleSource
    public var title: String
    public var items: [ArticleSummary]
    public var cursor: ListCursor
    /// No more pages in the store.
    public var isComplete: Bool
    /// A page request is on its way.
    public var isLoading: Bool
    /// `n` found no unread article in the loaded pages, so the next pages are searched as they
    /// arrive; what to do with the first unread one found.
    public var unreadSeek: UnreadSeek?

    public enum UnreadSeek: Hashable, Sendable {
        /// Select it in the list.
        case select
        /// Open it in the article pane (`n` pressed while reading).
        case open
    }

    public init(
        source: ArticleSource, title: String, items: [ArticleSummary] = [], cursor: ListCursor = ListCursor(),
        isComplete: Bool = false, isLoading: Bool = true
    ) {
        self.source = source
        self.title = title
        self.items = items
        self.cursor = cursor
        self.isComplete = isComplete
        self.isLoading = isLoading
        unreadSeek = nil
    }

    public var selectedItem: ArticleSummary? {
        items.indices.contains(cursor.selected) ? items[cursor.selected] : nil
    }

    /// Applies a change to every loaded copy of an article.
    mutating func updateItem(_ id: ArticleID, _ change: (inout ArticleSummary) -> Void) {
        for index in items.indices where items[index].id == id { change(&items[index]) }
    }
}
