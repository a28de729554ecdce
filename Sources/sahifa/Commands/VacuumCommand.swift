import ArgumentParser
import Foundation

/// `sahifa vacuum`: compacts the database file and prints how much it shrank.
struct VacuumCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "vacuum", abstract: "Compact the database.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let path = try global.dataPaths().database.path
        let store = try global.openStore()
        let before = Self.size(of: path)
        try withStoreErrors { try store.vacuum() }
        let after = Self.size(of: path)
        StandardOutput.writeLine("vacuumed \(path): \(Self.megabytes(before)) → \(Self.megabytes(after))")
    }

    /// The database with its WAL, which a checkpoint folds back in.
    static func size(of path: String) -> Int64 {
        [path, path + "-wal"].reduce(0) { total, file in
            let attributes = try? FileManager.default.attributesOfItem(atPath: file)
            return total + ((attributes?[.size] as? NSNumber)?.int64Value ?? 0)
        }
    }

    static func megabytes(_ bytes: Int64) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}
