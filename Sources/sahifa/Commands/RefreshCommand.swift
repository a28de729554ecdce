import ArgumentParser
import FeedFetching
import Foundation
import NewsModel
import NewsStore
import TextSafety

struct RefreshCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh", abstract: "Fetch feeds and store new articles.",
        discussion: "Exit status: 0 all feeds fine, 3 some failed (each named on stderr), 1 none could be fetched.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Feeds to refresh, by id or URL (default: all).")
    var feeds: [String] = []

    @Option(help: "Feeds fetched at the same time (default: [refresh] jobs in config.toml, else 8).")
    var jobs: Int?

    @Option(help: "Seconds allowed per feed (default: [refresh] timeout in config.toml, else 30).")
    var timeout: Double?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let timeout, !(timeout > 0) { throw ValidationError("--timeout must be a positive number of seconds") }
    }

    func run() async throws {
        let paths = try global.dataPaths()
        let options = try paths.configuration().refreshOptions(jobs: jobs, timeout: timeout)
        let lock = try Self.lock(database: paths.database)
        defer { withExtendedLifetime(lock) {} }
        let store = try DataPaths.openStore(at: paths)
        let ids = try resolve(in: store)
        let line = ProgressLine.onTerminal(verb: "refreshing")
        let report = await Refresher(store: store, options: options).refresh(ids) { progress in
            line?.show(completed: progress.completed, total: progress.total, failed: progress.failed)
        }
        line?.clear()
        if let failure = report.storeFailure { throw CLIError(failure) }
        for (_, error) in report.failures.sorted(by: { $0.feed < $1.feed }) {
            FailureReport.print(error.description)
        }
        print(report.feeds.isEmpty ? "no feeds to refresh" : report.summary)
        if report.failed > 0 && report.failed == report.feeds.count {
            throw CLIError("none of the \(report.failed) feeds could be fetched")
        }
        if report.failed > 0 { throw CLIError("\(report.failed) of \(report.feeds.count) feeds failed", exitCode: 3) }
    }

    /// The named feeds (all when none are named); an unknown one is a usage error.
    private func resolve(in store: NewsStore) throws -> [FeedID]? {
        guard !feeds.isEmpty else { return nil }
        return try feeds.map { text in
            do {
                guard let feed = try FeedReference.resolve(text, in: store) else {
                    throw CLIError.usage("no subscription matches \(text) (see 'sahifa feeds')")
                }
                return feed.id
            } catch let error as NewsStoreError {
                throw CLIError(storeError: error)
            }
        }
    }

    /// One refresh per database at a time; a second one says it waits, then waits.
    static func lock(database: URL) throws -> RefreshLock {
        let path = RefreshLock.path(forDatabase: database)
        do {
            if let lock = try RefreshLock.tryAcquire(at: path) { return lock }
            FileHandle.standardError.write(
                Data("sahifa: another refresh is running on this database; waiting for it\n".utf8))
            return try RefreshLock.acquire(at: path)
        } catch {
            throw CLIError("cannot lock \(path): \(error.reason)")
        }
    }
}
