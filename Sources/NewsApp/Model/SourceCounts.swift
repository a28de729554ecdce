/// Totals shown next to the virtual lists: all articles, unread ones, bookmarked ones.
public struct SourceCounts: Hashable, Sendable {
    public var all: Int
    public var unread: Int
    public var bookmarked: Int

    public init(all: Int = 0, unread: Int = 0, bookmarked: Int = 0) {
        self.all = all
        self.unread = unread
        self.bookmarked = bookmarked
    }
}
