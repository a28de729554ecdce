import ArgumentParser
import Foundation

/// `sahifa-bench refresh`: `sahifa refresh` against `newsboat -x reload`, same corpus, same server.
struct RefreshCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh",
        abstract: "Time sahifa refresh (cold and all-304) against newsboat -x reload on a loopback server.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Comma-separated corpus sizes (feeds).")
    var sizes = "200,1000"

    @Option(help: "Concurrent fetches: sahifa --jobs and newsboat reload-threads.")
    var jobs = 8

    @Option(help: "The sahifa binary (default: next to this benchmark).")
    var sahifa: String?

    @Flag(help: "Skip newsboat (sahifa figures only).")
    var skipNewsboat = false

    @Flag(help: "Skip sahifa (newsboat figures only).")
    var skipSahifa = false

    @Option(help: "Kill a run after this many seconds.")
    var timeout: Double = 900

    @Option(help: "Write a JSON report to this file.")
    var json: String?

    func run() throws {
        let counts = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard let largest = counts.max() else { throw ValidationError("--sizes needs at least one number") }
        let binary = sahifa ?? SahifaRunner.defaultBinary()
        if !skipSahifa, !FileManager.default.isExecutableFile(atPath: binary) {
            throw BenchFailure("no sahifa binary at \(binary): run `swift build -c release --product sahifa` first")
        }
        let runNewsboat = !skipNewsboat && NewsboatRunner.isInstalled
        if !skipNewsboat, !runNewsboat { print("newsboat is not installed: sahifa figures only") }
        let feeds = try corpus.xmlFeeds(count: largest)
        var results: [RefreshSizeResult] = []
        for count in counts {
            let result = try measure(feeds: Array(feeds.prefix(count)), binary: binary, newsboat: runNewsboat)
            print(Format.table(RefreshPhase.header, result.phases.map(\.row)))
            for anomaly in result.anomalies { print("warning: \(anomaly)") }
            results.append(result)
        }
        try BenchReport(benchmark: "refresh", results: results, goals: results.flatMap(\.goals)).finish(jsonPath: json)
    }

    private func measure(feeds: [CorpusManifest.Entry], binary: String, newsboat: Bool) throws -> RefreshSizeResult {
        let count = feeds.count
        let runDirectory = URL(fileURLWithPath: corpus.workdir).appendingPathComponent("run")
        try FileManager.default.createDirectory(at: runDirectory, withIntermediateDirectories: true)
        let server = try CorpusServer.start(feeds, directory: corpus.corpusDirectory, lifetime: timeout * 4 + 60)
        defer { server.stop() }
        let urls = SubscriptionListWriter.urls(feeds, baseURL: server.baseURL)
        let corpusBytes = feeds.reduce(0) { $0 + $1.bytes }
        print("refresh: \(count) XML feeds × \(corpus.items) items (\(Format.megabytes(corpusBytes))) from \(server.baseURL), jobs \(jobs)")
        var phases: [RefreshPhase] = []
        func timed(_ reader: String, _ phase: String, _ body: () throws -> MeasuredProcess.Outcome) rethrows {
            server.resetStatistics()
            let outcome = try body()
            let result = RefreshPhase(reader: reader, phase: phase, outcome: outcome, server: server.statistics)
            print("  \(reader) \(phase): \(Format.number(outcome.wallSeconds)) s, \(Format.number(outcome.peakRSSMB)) MB, exit \(outcome.exitStatus); server \(result.server.summary)")
            if outcome.exitStatus != 0 { print("    stderr: \(outcome.stderrTail.split(separator: "\n").suffix(3).joined(separator: " | "))") }
            phases.append(result)
        }
        var homeBytes: Int?
        if !skipSahifa {
            let urlsFile = runDirectory.appendingPathComponent("sahifa-\(count).urls")
            try urls.write(to: urlsFile, atomically: true, encoding: .utf8)
            let runner = SahifaRunner(binary: binary, home: runDirectory.appendingPathComponent("sahifa-\(count)"), jobs: jobs)
            try runner.prepare(urlsFile: urlsFile)
            try timed("sahifa", "cold") { try runner.refresh(timeout: timeout) }
            try timed("sahifa", "warm") { try runner.refresh(timeout: timeout) }
            homeBytes = runner.homeBytes
        }
        if newsboat {
            let runner = NewsboatRunner(directory: runDirectory.appendingPathComponent("newsboat-\(count)"), jobs: jobs)
            try runner.prepare(urls: urls)
            try timed("newsboat", "cold") { try runner.reload(timeout: timeout) }
            // newsboat stores validators only from its second reload on: the third is the first all-304 one.
            try timed("newsboat", "second") { try runner.reload(timeout: timeout) }
            try timed("newsboat", "warm") { try runner.reload(timeout: timeout) }
        }
        return RefreshSizeResult(
            feeds: count, itemsPerFeed: corpus.items, jobs: jobs, corpusBytes: corpusBytes, phases: phases, sahifaHomeBytes: homeBytes)
    }
}
