import Foundation
import GRDB
import NewsModel

extension NewsStore {
    /// Subscribes to `url`. An existing subscription with the same URL is returned unchanged.
    @discardableResult
    public func addFeed(url: String, title: String? = nil, tags: [String] = []) throws(NewsStoreError) -> Feed {
        let url = StoredText.field(url)
        let title = StoredText.optionalField(title)
        let tags = Self.cleanTags(tags)
        let addedAt = now().timeIntervalSince1970
        return try write { db in
            if let existing = try FeedRow.fetch(db, where: "feed.url = ?", arguments: [url]).first {
                return existing
            }
            try db.execute(
                sql: "INSERT INTO feed (url, customTitle, addedAt) VALUES (?, ?, ?)", arguments: [url, title, addedAt])
            let id = db.lastInsertedRowID
            for tag in tags {
                try db.execute(sql: "INSERT OR IGNORE INTO feedTag (feedId, tag) VALUES (?, ?)", arguments: [id, tag])
            }
            guard let feed = try FeedRow.fetch(db, where: "feed.id = ?", arguments: [id]).first else {
                throw NewsStoreError.feedNotFound(FeedID(id))
            }
            return feed
        }
    }

    /// Unsubscribes and deletes the feed's articles (bookmarks included), returning what was removed.
    @discardableResult
    public func removeFeed(_ id: FeedID) throws(NewsStoreError) -> Feed? {
        try write { db in
            guard let feed = try FeedRow.fetch(db, where: "feed.id = ?", arguments: [id.rawValue]).first else {
                return nil
            }
            // Articles first, while the feed row still gives their indexed feed title to the
            // search-index delete triggers.
            try db.execute(sql: "DELETE FROM article WHERE feedId = ?", arguments: [id.rawValue])
            try db.execute(sql: "DELETE FROM feed WHERE id = ?", arguments: [id.rawValue])
            return feed
        }
    }

    /// Every subscription with its unread and total counts, tags and last status, by title.
    public func feeds() throws(NewsStoreError) -> [Feed] {
        try read { db in try FeedRow.fetch(db) }
    }

    public func feed(_ id: FeedID) throws(NewsStoreError) -> Feed? {
        try read { db in try FeedRow.fetch(db, where: "feed.id = ?", arguments: [id.rawValue]).first }
    }

    public func feed(url: String) throws(NewsStoreError) -> Feed? {
        let url = StoredText.field(url)
        return try read { db in try FeedRow.fetch(db, where: "feed.url = ?", arguments: [url]).first }
    }

    /// Validators for a conditional GET of the feed.
    public func fetchState(of id: FeedID) throws(NewsStoreError) -> FetchState {
        try read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT url, etag, lastModified, lastFetched, lastStatus FROM feed WHERE id = ?",
                    arguments: [id.rawValue])
            else { throw NewsStoreError.feedNotFound(id) }
            return FetchState(
                feedID: id, url: row[0], etag: row[1], lastModified: row[2], lastFetched: StoredDate.date(row[3]),
                lastStatus: row[4])
        }
    }

    /// Fetch states of every feed (or of `ids`), for a refresh run.
    public func fetchStates(_ ids: [FeedID]? = nil) throws(NewsStoreError) -> [FetchState] {
        try read { db in
            let rows = try Row.fetchAll(
                db, sql: "SELECT id, url, etag, lastModified, lastFetched, lastStatus FROM feed ORDER BY id")
            let wanted = ids.map { Set($0.map(\.rawValue)) }
            return rows.compactMap { row in
                let id: Int64 = row[0]
                if let wanted, !wanted.contains(id) { return nil }
                return FetchState(
                    feedID: FeedID(id), url: row[1], etag: row[2], lastModified: row[3],
                    lastFetched: StoredDate.date(row[4]), lastStatus: row[5])
            }
        }
    }

    /// Replaces the feed's tags.
    public func setTags(_ tags: [String], for id: FeedID) throws(NewsStoreError) {
        let tags = Self.cleanTags(tags)
        try write { db in
            try Self.requireFeed(id, db)
            try db.execute(sql: "DELETE FROM feedTag WHERE feedId = ?", arguments: [id.rawValue])
            for tag in tags {
                try db.execute(
                    sql: "INSERT OR IGNORE INTO feedTag (feedId, tag) VALUES (?, ?)", arguments: [id.rawValue, tag])
            }
        }
    }

    /// Gives the subscription the user's own title (nil restores the feed's title).
    public func setTitle(_ title: String?, for id: FeedID) throws(NewsStoreError) {
        let title = StoredText.optionalField(title)
        try write { db in
            try Self.requireFeed(id, db)
            try db.execute(sql: "UPDATE feed SET customTitle = ? WHERE id = ?", arguments: [title, id.rawValue])
        }
    }

    static func requireFeed(_ id: FeedID, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM feed WHERE id = ?", arguments: [id.rawValue]) != nil else {
            throw NewsStoreError.feedNotFound(id)
        }
    }

    static func cleanTags(_ tags: [String]) -> [String] {
        var seen = Set<String>()
        return tags.map(StoredText.field).filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}
