import FeedParsing
import Foundation
import NewsModel

/// What `import` did, file by file, and its summary line.
public struct ImportReport: Sendable, Equatable {
    public struct FileResult: Sendable, Equatable {
        public var file: URL
        /// How the file was read (`--as` or detected); nil when it could not be read at all.
        public var kind: String?
        public var outcome: Outcome
        /// What the parser recovered from in a feed file that was still imported (broken XML,
        /// an undeclared encoding), one line each.
        public var warnings: [String] = []
    }

    public enum Outcome: Sendable, Equatable {
        /// A subscription list: feeds added, feeds already there, lines that were not URLs.
        case subscribed(added: [FeedID], alreadySubscribed: Int, skipped: [String])
        /// A feed file, stored as a local feed with its articles.
        case feed(FeedID, newArticles: Int)
        /// An article file, stored in the local feed of its directory.
        case article(FeedID, isNew: Bool)
        case failed(ImportError)
    }

    public var files: [FileResult] = []

    public init(files: [FileResult] = []) {
        self.files = files
    }

    public var failures: [ImportError] {
        files.compactMap { if case .failed(let error) = $0.outcome { error } else { nil } }
    }

    /// Subscriptions created by lists, to fetch when asked.
    public var addedFeeds: [FeedID] {
        var added: [FeedID] = []
        for file in files {
            if case .subscribed(let feeds, _, _) = file.outcome { added += feeds }
        }
        return added
    }

    public var summary: String {
        var articles = 0
        var feeds = 0
        for file in files {
            switch file.outcome {
            case .feed(_, let new):
                feeds += 1
                articles += new
            case .article(_, let isNew): articles += isNew ? 1 : 0
            case .subscribed, .failed: break
            }
        }
        let imported = files.count - failures.count
        return "\(files.count) files: \(imported) imported, \(failures.count) failed; "
            + "\(addedFeeds.count) subscriptions added, \(feeds) feed files, \(articles) new articles"
    }
}
