/// Article counts of the virtual lists shown above the feeds (All, Unread, Bookmarks).
public struct ListCounts: Hashable, Sendable {
    public var all: Int
    public var unread: Int
    public var bookmarked: Int

    public init(all: Int, unread: Int, bookmarked: Int) {
        self.all = all
        self.unread = unread
        self.bookmarked = bookmarked
    }
}
