import NewsModel

/// Everything that can go wrong in the store, worded for the person at the terminal.
///
/// SQLite's own messages never reach the user unexplained: each case carries what to do next.
public enum NewsStoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file could not be opened as a sahifa database (permissions, not SQLite, corrupt).
    case cannotOpen(path: String, reason: String)
    /// The database was written by a newer sahifa whose migrations this build does not know.
    case newerSchema(path: String)
    /// The search query cannot be understood (DESIGN §6); the message says what is wrong.
    case invalidQuery(String)
    /// No subscription with this id.
    case feedNotFound(FeedID)
    /// No article with this id.
    case articleNotFound(ArticleID)
    /// Another process held the database longer than the busy timeout.
    case busy
    /// The disk or the database file is full.
    case diskFull
    /// Any other database failure, with SQLite's message for the log.
    case database(String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            return "cannot open the database \(path): \(reason)"
        case .newerSchema(let path):
            return "the database \(path) was written by a newer sahifa; upgrade sahifa to open it"
        case .invalidQuery(let message):
            return "invalid search: \(message)"
        case .feedNotFound(let id):
            return "no feed with id \(id)"
        case .articleNotFound(let id):
            return "no article with id \(id)"
        case .busy:
            return "the database stayed busy (another sahifa is writing); try again"
        case .diskFull:
            return "the disk is full; nothing was lost, free some space and try again"
        case .database(let message):
            return "database error: \(message)"
        }
    }
}
