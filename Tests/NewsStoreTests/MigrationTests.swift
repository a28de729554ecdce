import Foundation
import GRDB
import NewsModel
import NewsStore
import TestSupport
import Testing

@Suite struct MigrationTests {
    @Test func fileDatabaseIsWALAndReopens() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("sahifa.db").path
        do {
            let store = try NewsStore(path: path)
            let feed = try store.addFeed(url: "https://example.org/a", title: "A", tags: ["x"])
            try store.record(fetch: .updated(FeedUpdate(articles: [StoreFixture.item("1")])), for: feed.id)
        }
        let reopened = try NewsStore(path: path)
        #expect(try reopened.feeds().map(\.totalCount) == [1])
        let queue = try DatabaseQueue(path: path)
        let mode = try queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        let migrations = try queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(mode == "wal")
        #expect(migrations == ["v1-feeds-articles-search", "v2-insert-without-trigger"])
    }

    @Test func unknownMigrationMeansNewerSchema() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("sahifa.db").path
        _ = try NewsStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9-from-the-future')") }
        #expect(throws: NewsStoreError.newerSchema(path: path)) { try NewsStore(path: path) }
    }

    @Test func higherUserVersionMeansNewerSchema() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("sahifa.db").path
        _ = try NewsStore(path: path)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 99") }
        let error = #expect(throws: NewsStoreError.self) { try NewsStore(path: path) }
        #expect(error == .newerSchema(path: path))
        #expect(error?.description.contains("upgrade sahifa") == true)
        #expect(error?.description.contains("\n") == false)
    }

    @Test func notADatabaseIsCannotOpen() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("sahifa.db").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: NewsStoreError.self) { try NewsStore(path: path) }
        guard case .cannotOpen(let failedPath, _)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(failedPath == path)
    }
}
