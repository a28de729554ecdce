import ArgumentParser
import FeedFetching
import NewsStore
import TextSafety

struct RemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Unsubscribe from a feed and delete its articles (asks nothing).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The feed's id (from 'sahifa feeds') or its URL.")
    var feed: String

    func run() async throws {
        let store = try global.openStore()
        do {
            guard let found = try FeedReference.resolve(feed, in: store) else {
                throw CLIError("no subscription matches \(feed) (see 'sahifa feeds')")
            }
            guard let removed = try store.removeFeed(found.id) else {
                throw CLIError("no subscription matches \(feed) (see 'sahifa feeds')")
            }
            let title = Sanitizer.sanitize(removed.title).replacingOccurrences(of: "\n", with: " ")
            let url = Sanitizer.sanitize(removed.url)
            print("removed \(removed.id): \(title) <\(url)> with \(removed.totalCount) articles")
        } catch let error as NewsStoreError {
            throw CLIError(storeError: error)
        }
    }
}
