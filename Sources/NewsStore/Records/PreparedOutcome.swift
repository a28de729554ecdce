import Foundation

/// A fetch outcome with its text cleaned and its articles hashed, computed before the write
/// transaction so the database is locked only for the SQL.
enum PreparedOutcome: Sendable {
    case updated(FeedUpdate, [IncomingRow])
    case notModified(status: Int?, etag: String?, lastModified: String?)
    case failed(status: Int?, message: String)

    init(_ outcome: FetchOutcome) {
        switch outcome {
        case .updated(let update):
            self = .updated(update, update.articles.map(IncomingRow.init))
        case .notModified(let status, let etag, let lastModified):
            self = .notModified(status: status, etag: etag, lastModified: lastModified)
        case .failed(let status, let error):
            let message = StoredText.field(error)
            self = .failed(status: status, message: message.isEmpty ? "fetch failed" : message)
        }
    }
}

/// A fetch outcome with its text cleaned for storage and its articles hashed: the part of
/// storing that needs no database, done by whoever parsed the feed (`record(prepared:)`).
public struct PreparedFetch: Sendable {
    let outcome: PreparedOutcome

    public init(_ outcome: FetchOutcome) {
        self.outcome = PreparedOutcome(outcome)
    }
}
