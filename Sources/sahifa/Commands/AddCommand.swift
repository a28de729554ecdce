import ArgumentParser
import FeedFetching
import NewsStore
import TextSafety

struct AddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Subscribe to a feed (a URL, a file:// URL or a path).",
        discussion: "The feed is fetched once unless --no-fetch; for a web page, the feed it links to is used.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Feed URL, web page, file:// URL or path.")
    var url: String

    @Option(name: .customLong("tag"), help: "A tag for the feed (repeatable).")
    var tags: [String] = []

    @Option(help: "Title to show instead of the feed's own.")
    var title: String?

    @Flag(name: .customLong("no-fetch"), help: "Subscribe without fetching now.")
    var noFetch = false

    @Option(help: "Seconds allowed for the first fetch (default: [refresh] timeout in config.toml, else 30).")
    var timeout: Double?

    func validate() throws {
        if let timeout, !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    func run() async throws {
        let paths = try global.dataPaths()
        let options = try paths.configuration().refreshOptions(timeout: timeout)
        let store = try DataPaths.openStore(at: paths)
        let subscriber = FeedSubscriber(store: store, options: options)
        let result: FeedSubscriber.Subscribed
        do {
            result = try await subscriber.subscribe(url, title: title, tags: tags, fetch: !noFetch)
        } catch {
            throw CLIError("\(error.description)\(noFetch ? "" : " (subscribe anyway with --no-fetch)")")
        }
        let feed = result.feed
        let name = Sanitizer.sanitize(feed.title).replacingOccurrences(of: "\n", with: " ")
        let address = Sanitizer.sanitize(feed.url)
        if let page = result.discoveredFrom { print("found feed \(address) on \(Sanitizer.sanitize(page))") }
        if result.alreadySubscribed {
            print("already subscribed: \(feed.id): \(name) <\(address)>")
        } else if noFetch {
            print("subscribed \(feed.id): <\(address)> (not fetched)")
        } else {
            print("subscribed \(feed.id): \(name) <\(address)>, \(result.newArticles) articles")
        }
    }
}
