/// The search pane: the query being typed and the results of the last query that answered.
public struct SearchState: Hashable, Sendable {
    public var editor: LineEditor
    public var results: [SearchResult]
    /// The query `results` belong to (results of older queries are dropped on arrival).
    public var resultsQuery: String
    public var cursor: ListCursor
    /// A malformed query's explanation, shown instead of results.
    public var error: String?

    public init(query: String = "") {
        editor = LineEditor(query)
        results = []
        resultsQuery = ""
        cursor = ListCursor()
        error = nil
    }

    public var query: String { editor.text }
    public var selectedResult: SearchResult? {
        results.indices.contains(cursor.selected) ? results[cursor.selected] : nil
    }
}
