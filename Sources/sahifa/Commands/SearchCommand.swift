import ArgumentParser
import NewsModel
import NewsStore
import TextSafety

/// `sahifa search QUERY [--limit N] [--json]` (DESIGN §6). The words of the query may be given as
/// several arguments; `-word` exclusions are taken as query text, not as options.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Full-text search over every stored article.",
        discussion: """
            Words must all match; "a phrase", prefix*, -exclude and OR work as usual. Filters:
            feed:NAME tag:T is:unread is:read is:bookmarked after:YYYY-MM-DD before:YYYY-MM-DD.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Print at most N results.")
    var limit = 20

    @Option(name: .long, help: "Skip the first N results (for paging).")
    var offset = 0

    @Flag(name: .long, help: "Print a JSON array (DESIGN §4) with snippets.")
    var json = false

    @Argument(parsing: .allUnrecognized, help: "The search, e.g. 'وعد الله' or '\"climate change\" -sports is:unread'.")
    var query: [String] = []

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit must be 0 or more") }
        if offset < 0 { throw ValidationError("--offset must be 0 or more") }
    }

    func run() async throws {
        let store = try global.openStore()
        let text = query.joined(separator: " ")
        let hits = try withStoreErrors { try store.search(text, limit: limit, offset: offset) }
        if json {
            StandardOutput.write(.array(hits.map(StoreJSON.hit)))
            return
        }
        let idWidth = hits.map { String($0.summary.id.rawValue).count }.max() ?? 1
        for hit in hits {
            StandardOutput.writeLine(ArticleLine.text(hit.summary, idWidth: idWidth))
            if !hit.snippet.isEmpty {
                StandardOutput.writeLine(String(repeating: " ", count: idWidth + 4) + Sanitizer.sanitize(hit.snippet))
            }
        }
    }
}
