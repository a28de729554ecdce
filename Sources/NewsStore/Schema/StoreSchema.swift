import GRDB

/// The store's named migrations (DESIGN §3). A released migration is never edited: a schema
/// change is a new migration appended here, and `version` grows with it.
enum StoreSchema {
    /// Written to `PRAGMA user_version` by the latest migration, so that an older sahifa can tell
    /// a newer database even before reading the migrations table.
    static let version = 2

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-feeds-articles-search") { db in
            try db.execute(sql: SchemaV1.tables)
            try db.execute(sql: SchemaV1.indexes)
            try db.execute(sql: SchemaV1.search)
            try db.execute(sql: SchemaV1.triggers)
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        migrator.registerMigration("v2-insert-without-trigger") { db in
            try db.execute(sql: SchemaV2.triggers)
            try db.execute(sql: "PRAGMA user_version = 2")
        }
        return migrator
    }
}
