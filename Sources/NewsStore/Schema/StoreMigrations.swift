import GRDB

/// Brings a database up to `StoreSchema`, refusing one written by a newer sahifa.
enum StoreMigrations {
    static func apply(to writer: any DatabaseWriter, path: String) throws(NewsStoreError) {
        let migrator = StoreSchema.migrator
        do {
            let superseded = try writer.read { db in
                let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                return try userVersion > StoreSchema.version || migrator.hasBeenSuperseded(db)
            }
            if superseded { throw NewsStoreError.newerSchema(path: path) }
            try migrate(writer, with: migrator)
        } catch {
            throw NewsStore.openError(error, path: path)
        }
    }

    /// Two processes opening a new database at once may both try the first migration; the loser's
    /// transaction rolls back, and a second look finds the schema in place.
    private static func migrate(_ writer: any DatabaseWriter, with migrator: DatabaseMigrator) throws {
        do {
            try migrator.migrate(writer)
        } catch {
            if try writer.read(migrator.hasCompletedMigrations) { return }
            try migrator.migrate(writer)
        }
    }
}
