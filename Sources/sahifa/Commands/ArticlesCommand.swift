import ArgumentParser
import NewsModel
import NewsStore

/// `sahifa articles [--feed F] [--unread] [--bookmarked] [--limit N] [--json]`, newest first.
struct ArticlesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "articles", abstract: "List articles, newest first.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Only this feed: its id, URL or title.")
    var feed: String?

    @Flag(name: .long, help: "Only unread articles.")
    var unread = false

    @Flag(name: .long, help: "Only bookmarked articles.")
    var bookmarked = false

    @Option(name: .long, help: "Print at most N articles.")
    var limit = 50

    @Option(name: .long, help: "Skip the first N articles (for paging).")
    var offset = 0

    @Flag(name: .long, help: "Print a JSON array (DESIGN §4) instead of lines.")
    var json = false

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit must be 0 or more") }
        if offset < 0 { throw ValidationError("--offset must be 0 or more") }
    }

    func run() async throws {
        let store = try global.openStore()
        var list = ArticleList.all
        if let feed { list = .feed(try store.resolveFeed(feed).id) }
        let articles = try withStoreErrors {
            try store.articles(in: list, unreadOnly: unread, bookmarkedOnly: bookmarked, limit: limit, offset: offset)
        }
        if json {
            StandardOutput.write(.array(articles.map(StoreJSON.article)))
            return
        }
        let idWidth = articles.map { String($0.id.rawValue).count }.max() ?? 1
        for article in articles {
            StandardOutput.writeLine(ArticleLine.text(article, idWidth: idWidth))
        }
    }
}
