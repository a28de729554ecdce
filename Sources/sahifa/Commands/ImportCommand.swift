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
        let paths = try global.dataPaths()
        // Read before importing, so a broken config.toml stops the command before it changes anything.
        let options = fetch ? try paths.configuration().refreshOptions() : nil
        let store = try DataPaths.openStore(at: paths)
        let urls = files.map { FeedAddress.url(from: $0) ?? URL(fileURLWithPath: $0) }
        let line = ProgressLine.onTerminal(verb: "importing")
        let report = await CollectionImporter(store: store).importFiles(urls, as: kind.flatMap(ImportKind.init)) {
            line?.show(completed: $0, total: $1, failed: $2)
        }
        line?.clear()
        for file in report.files {
            for warning in file.warnings { FailureReport.print("\(file.file.path): warning: \(warning)") }
        }
        for failure in report.failures { FailureReport.print(failure.description) }
        print(report.summary)
        if let options, !report.addedFeeds.isEmpty {
            // The same one-at-a-time lock as `sahifa refresh`.
            let lock = try RefreshCommand.lock(database: paths.database)
            defer { withExtendedLifetime(lock) {} }
            let refreshing = ProgressLine.onTerminal(verb: "refreshing")
            let refreshed = await Refresher(store: store, options: options).refresh(report.addedFeeds) { progress in
                refreshing?.show(completed: progress.completed, total: progress.total, failed: progress.failed)
            }
            refreshing?.clear()
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
