import Foundation
import GRDB
import NewsModel

/// The database of subscriptions and articles: an intent-named wrapper over one SQLite file.
///
/// Opens with WAL, `synchronous=NORMAL`, foreign keys and a busy timeout (DESIGN §3), so a reader
/// session and a `refresh` from cron share the file: readers never wait, writers queue for up to
/// `busyTimeout` instead of failing with "database is locked".
public final class NewsStore: Sendable {
    /// How long a write waits for another process's transaction before giving up with `.busy`.
    static let busyTimeout: TimeInterval = 30

    let writer: any DatabaseWriter
    let path: String
    /// The clock used for fetch times, first-seen dates and day-based retention; injected by tests.
    let now: @Sendable () -> Date

    /// Opens (creating if needed) and migrates the database at `path`.
    public convenience init(path: String) throws(NewsStoreError) {
        try self.init(path: path, now: { Date() })
    }

    public init(path: String, now: @escaping @Sendable () -> Date) throws(NewsStoreError) {
        self.path = path
        self.now = now
        do {
            writer = try DatabasePool(path: path, configuration: Self.configuration())
        } catch {
            throw Self.openError(error, path: path)
        }
        try StoreMigrations.apply(to: writer, path: path)
    }

    init(writer: any DatabaseWriter, path: String, now: @escaping @Sendable () -> Date) throws(NewsStoreError) {
        self.writer = writer
        self.path = path
        self.now = now
        try StoreMigrations.apply(to: writer, path: path)
    }

    /// A private in-memory database, for tests and previews.
    public static func inMemory(now: @escaping @Sendable () -> Date = { Date() }) throws(NewsStoreError) -> NewsStore {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: configuration())
        } catch {
            throw openError(error, path: ":memory:")
        }
        return try NewsStore(writer: queue, path: ":memory:", now: now)
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.label = "sahifa"
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            db.add(tokenizer: SearchTokenizer.self)
            // For a new file only: 8 KiB pages hold a typical article row (HTML and plain text)
            // without overflow pages. An existing database keeps its page size.
            try db.execute(sql: "PRAGMA page_size = 8192")
            // SQLite's default 2 MiB of page cache per connection: a larger cache did not make a
            // cold refresh measurably faster, and its pages stay resident for the whole run.
            try db.execute(sql: "PRAGMA cache_size = -2048")
            // A cold refresh can grow the WAL by hundreds of megabytes; give the space back
            // after each checkpoint instead of keeping the largest size ever reached.
            try db.execute(sql: "PRAGMA journal_size_limit = 67108864")
        }
        return configuration
    }

    // MARK: - Access with typed errors

    func read<T>(_ body: (Database) throws -> T) throws(NewsStoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw Self.storeError(error)
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(NewsStoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw Self.storeError(error)
        }
    }

    /// Maps any failure to a store error the command line can print as one line.
    static func storeError(_ error: any Error) -> NewsStoreError {
        if let error = error as? NewsStoreError { return error }
        guard let error = error as? DatabaseError else { return .database("\(error)") }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy
        case .SQLITE_FULL: return .diskFull
        default: return .database(error.message ?? "SQLite error \(error.resultCode.rawValue)")
        }
    }

    static func openError(_ error: any Error, path: String) -> NewsStoreError {
        if let error = error as? NewsStoreError { return error }
        guard let error = error as? DatabaseError else { return .cannotOpen(path: path, reason: "\(error)") }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .cannotOpen(path: path, reason: "the file is not a sahifa database or is damaged")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
            return .cannotOpen(path: path, reason: "check that the file and its directory are writable")
        default:
            return .cannotOpen(path: path, reason: error.message ?? "SQLite error \(error.resultCode.rawValue)")
        }
    }
}
