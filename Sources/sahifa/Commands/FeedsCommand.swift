import ArgumentParser
import NewsModel
import TextSafety

/// `sahifa feeds [--json]`: subscriptions with unread/total counts, tags, last status and error.
struct FeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds", abstract: "List subscriptions with unread and total counts.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Print a JSON array (DESIGN §4) instead of a table.")
    var json = false

    func run() async throws {
        let store = try global.openStore()
        let feeds = try withStoreErrors { try store.feeds() }
        if json {
            StandardOutput.write(.array(feeds.map(StoreJSON.feed)))
            return
        }
        if feeds.isEmpty {
            StandardOutput.writeLine("No subscriptions yet; add one with 'sahifa add URL'.")
            return
        }
        let idWidth = max(2, feeds.map { String($0.id.rawValue).count }.max() ?? 1)
        let countWidth = max(12, feeds.map { "\($0.unreadCount)/\($0.totalCount)".count }.max() ?? 3)
        StandardOutput.writeLine(
            "\("ID".leftPadded(to: idWidth))  \("UNREAD/TOTAL".leftPadded(to: countWidth))  \("LAST".rightPadded(to: 5))  FEED"
        )
        for feed in feeds {
            StandardOutput.writeLine(Self.line(feed, idWidth: idWidth, countWidth: countWidth))
        }
    }

    /// `  3         12/40  200    Title  #tag #tag  <url>`; the title comes after the fixed-width columns
    /// so right-to-left and wide titles cannot shift them.
    static func line(_ feed: Feed, idWidth: Int, countWidth: Int) -> String {
        let id = String(feed.id.rawValue).leftPadded(to: idWidth)
        let counts = "\(feed.unreadCount)/\(feed.totalCount)".leftPadded(to: countWidth)
        var line = "\(id)  \(counts)  \(status(feed).rightPadded(to: 5))  \(Sanitizer.sanitize(feed.title))"
        if !feed.tags.isEmpty { line += "  " + feed.tags.map { "#" + Sanitizer.sanitize($0) }.joined(separator: " ") }
        if feed.title != feed.url { line += "  <\(Sanitizer.sanitize(feed.url))>" }
        if let error = feed.lastError {
            line += "\n" + String(repeating: " ", count: idWidth + 2) + "error: " + Sanitizer.sanitize(error)
        }
        return line
    }

    static func status(_ feed: Feed) -> String {
        if feed.lastError != nil { return feed.lastStatus.map { "E\($0)" } ?? "error" }
        if feed.lastFetched == nil { return "new" }
        return feed.lastStatus.map(String.init) ?? "ok"
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    func rightPadded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
