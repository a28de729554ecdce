import ArgumentParser
import FeedFetching
import FeedParsing
import Foundation
import NewsStore

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import OPML, a urls file, feed files or article files.",
        discussion: """
            The kind of each file is detected from its content unless --as is given. Subscription lists \
            subscribe without fetching unless --fetch. Exit status: 0 all imported, 3 some failed, 1 all failed.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Files to import.")
    var files: [String]

    @Option(name: .customLong("as"), help: "Read every file as opml, urls, feed or article.")
    var kind: String?

    @Flag(help: "Fetch the feeds a subscription list added.")
    var fetch = false

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("name at least one file to import") }
        if let kind, ImportKind(rawValue: kind) == nil {
            throw ValidationError("--as must be opml, urls, feed or article, not '\(kind)'")
        }
    }

    func run() async throws {
        let store = try global.openStore()
        let urls = files.map { FeedAddress.url(from: $0) ?? URL(fileURLWithPath: $0) }
        let report = await CollectionImporter(store: store).importFiles(urls, as: kind.flatMap(ImportKind.init))
        for failure in report.failures { FailureReport.print(failure.description) }
        print(report.summary)
        if fetch, !report.addedFeeds.isEmpty {
            let options = RefreshOptions(userAgent: "sahifa/\(SahifaVersion.current)")
            let refreshed = await Refresher(store: store, options: options).refresh(report.addedFeeds)
            for (_, error) in refreshed.failures { FailureReport.print(error.description) }
            print(refreshed.summary)
        }
        let failed = report.failures.count
        if failed > 0 && failed == report.files.count {
            throw CLIError("none of the \(failed) files could be imported")
        }
        if failed > 0 { throw CLIError("\(failed) of \(report.files.count) files failed", exitCode: 3) }
    }
}
