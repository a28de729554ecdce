import ArgumentParser
import NewsModel
import NewsStore

/// Which articles a state command changes: IDs, `--feed F`, or `--all` (DESIGN §4).
struct ArticleSelection: ParsableArguments {
    @Argument(help: "Article ids, as 'sahifa articles' prints them.")
    var ids: [Int64] = []

    @Option(name: .long, help: "Every article of this feed (id, URL or title).")
    var feed: String?

    @Flag(name: .long, help: "Every stored article.")
    var all = false

    func validate() throws {
        let chosen = (ids.isEmpty ? 0 : 1) + (feed == nil ? 0 : 1) + (all ? 1 : 0)
        if chosen == 0 { throw ValidationError("name article ids, or use --feed F or --all") }
        if chosen > 1 { throw ValidationError("use only one of: article ids, --feed, --all") }
    }
}

/// A read or bookmark change applied to a selection, reported as one line.
enum ArticleStateChange {
    case read(Bool)
    case bookmarked(Bool)

    var pastTense: String {
        switch self {
        case .read(true): return "marked read"
        case .read(false): return "marked unread"
        case .bookmarked(true): return "bookmarked"
        case .bookmarked(false): return "unbookmarked"
        }
    }

    func run(_ selection: ArticleSelection, global: GlobalOptions) throws {
        let store = try global.openStore()
        let changed: Int
        if !selection.ids.isEmpty {
            let ids = selection.ids.map { ArticleID($0) }
            let missing = try withStoreErrors { try store.missingArticles(ids) }
            if !missing.isEmpty {
                let list = missing.map(\.description).joined(separator: ", ")
                throw CLIError("no article with id \(list); nothing was changed")
            }
            changed = try withStoreErrors { try apply(to: ids, in: store) }
        } else {
            let list: ArticleList = try selection.feed.map { .feed(try store.resolveFeed($0).id) } ?? .all
            changed = try withStoreErrors { try apply(to: list, in: store) }
        }
        StandardOutput.writeLine("\(pastTense): \(changed) article\(changed == 1 ? "" : "s")")
    }

    private func apply(to ids: [ArticleID], in store: NewsStore) throws(NewsStoreError) -> Int {
        switch self {
        case .read(let value): return try store.setRead(ids, value)
        case .bookmarked(let value): return try store.setBookmarked(ids, value)
        }
    }

    private func apply(to list: ArticleList, in store: NewsStore) throws(NewsStoreError) -> Int {
        switch self {
        case .read(let value): return try store.setRead(in: list, value)
        case .bookmarked(let value): return try store.setBookmarked(in: list, value)
        }
    }
}
