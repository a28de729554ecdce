import Foundation
import NewsModel
import NewsStore

extension GlobalOptions {
    /// Opens (creating and migrating if needed) the database of the resolved home (DESIGN §3).
    func openStore() throws -> NewsStore {
        try DataPaths.openStore(at: try dataPaths())
    }
}

extension DataPaths {
    /// Opens (creating and migrating if needed) the database of these paths, failures as one line.
    static func openStore(at paths: DataPaths) throws -> NewsStore {
        do {
            return try NewsStore(path: paths.database.path)
        } catch {
            throw CLIError(storeError: error)
        }
    }
}

extension CLIError {
    /// A store failure as one line; a malformed search is the user's typing mistake (exit 2).
    init(storeError error: NewsStoreError) {
        switch error {
        case .invalidQuery: self = .usage(error.description)
        default: self.init(error.description)
        }
    }
}

/// Runs store calls, turning a `NewsStoreError` into the command-line error that prints it.
func withStoreErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as NewsStoreError {
        throw CLIError(storeError: error)
    }
}

extension NewsStore {
    /// The subscription a command-line argument names: its id, its exact URL, or its title
    /// (case-insensitive, when only one feed has it).
    func resolveFeed(_ reference: String) throws -> Feed {
        let trimmed = reference.trimmingCharacters(in: .whitespaces)
        if let number = Int64(trimmed), let feed = try withStoreErrors({ try feed(FeedID(number)) }) { return feed }
        if let feed = try withStoreErrors({ try feed(url: trimmed) }) { return feed }
        let all = try withStoreErrors { try feeds() }
        let byTitle = all.filter { $0.title.caseInsensitiveCompare(trimmed) == .orderedSame }
        if byTitle.count == 1 { return byTitle[0] }
        if byTitle.count > 1 {
            throw CLIError.usage("several feeds are titled '\(trimmed)'; use the feed's id from 'sahifa feeds'")
        }
        throw CLIError("no feed '\(trimmed)'; 'sahifa feeds' lists ids, URLs and titles")
    }
}
