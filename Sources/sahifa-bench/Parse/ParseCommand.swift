import ArgumentParser
import Foundation

/// `sahifa-bench parse`: feed parsing plus HTML-to-document throughput on one core (issue 3 §10).
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse", abstract: "Parse + HTML-to-document throughput over ≥ 50 MB of generated feeds, against Python's feedparser.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Megabytes of feeds to parse (whole feeds from the start of the corpus).")
    var megabytes = 50

    @Option(help: "Measured passes over the files (the median is reported).")
    var repeats = 3

    @Option(help: "feedparser passes (the best is reported); 0 skips feedparser.")
    var feedparserRepeats = 1

    @Option(help: "Write a JSON report to this file.")
    var json: String?

    struct Results: Codable, Sendable {
        let all: ParseThroughput.Tally
        let xmlOnly: ParseThroughput.Tally
        let byFormat: [String: ParseThroughput.Tally]
        let passes: [Double]
        let feedparser: FeedparserReference.Result?
        let ratioXML: Double?
    }

    func run() throws {
        let files = try selectFiles()
        let bytes = files.reduce(0) { $0 + $1.data.count }
        print("parse: \(files.count) feeds, \(Format.megabytes(bytes)), \(repeats) passes on one thread (+1 warm-up)")
        let throughput = ParseThroughput(files: files)
        _ = throughput.pass()
        var passes: [[CorpusFormat: ParseThroughput.Tally]] = []
        for _ in 0..<repeats { passes.append(throughput.pass()) }
        func total(_ pass: [CorpusFormat: ParseThroughput.Tally], xmlOnly: Bool = false) -> ParseThroughput.Tally {
            pass.filter { !xmlOnly || $0.key != .jsonFeed }.values.reduce(into: ParseThroughput.Tally()) { $0.add($1) }
        }
        let median = passes.sorted { total($0).seconds < total($1).seconds }[passes.count / 2]
        let all = total(median)
        let xml = total(median, xmlOnly: true)
        var rows = CorpusFormat.allCases.compactMap { format in median[format].map { row(format.rawValue, $0) } }
        rows.append(row("all", all))
        print(Format.table(["format", "files", "MB", "items", "failed", "parse s", "document s", "MB/s", "items/s"], rows))

        var reference: FeedparserReference.Result?
        if feedparserRepeats > 0, FeedparserReference.isInstalled {
            let xmlPaths = files.filter { $0.entry.format != .jsonFeed }.map { corpus.corpusDirectory.appendingPathComponent($0.entry.path).path }
            print("feedparser: \(xmlPaths.count) XML feeds, \(feedparserRepeats) pass(es)…")
            reference = try FeedparserReference.measure(files: xmlPaths, repeats: feedparserRepeats)
        } else if feedparserRepeats > 0 {
            print("feedparser is not installed (pip install feedparser): no reference figure")
        }
        var goals = [GoalCheck.atLeast("parse + HTML-to-document throughput, one core", all.megabytesPerSecond, 50, unit: "MB/s")]
        var ratio: Double?
        if let reference {
            ratio = xml.megabytesPerSecond / reference.megabytesPerSecond
            print("feedparser \(reference.version): \(Format.number(reference.megabytesPerSecond)) MB/s, \(Format.number(reference.itemsPerSecond)) items/s on the XML feeds; sahifa \(Format.number(xml.megabytesPerSecond)) MB/s on the same: \(Format.ratio(xml.megabytesPerSecond, reference.megabytesPerSecond))")
            goals.append(.atLeast("speed-up over feedparser (XML feeds)", ratio ?? 0, 50, unit: "×"))
        }
        let results = Results(
            all: all, xmlOnly: xml, byFormat: Dictionary(uniqueKeysWithValues: median.map { ($0.key.rawValue, $0.value) }),
            passes: passes.map { total($0).seconds }, feedparser: reference, ratioXML: ratio)
        try BenchReport(benchmark: "parse", results: results, goals: goals).finish(jsonPath: json)
    }

    private func row(_ name: String, _ tally: ParseThroughput.Tally) -> [String] {
        [
            name, "\(tally.files)", Format.number(Double(tally.bytes) / 1_048_576), "\(tally.items)", "\(tally.failures)",
            Format.number(tally.parseSeconds), Format.number(tally.documentSeconds), Format.number(tally.megabytesPerSecond),
            Format.number(tally.itemsPerSecond),
        ]
    }

    /// Whole feeds from the start of the corpus until `megabytes` is reached, read into memory.
    private func selectFiles() throws -> [ParseThroughput.LoadedFile] {
        let target = megabytes * 1_048_576
        var count = max(10, target / 240_000)
        while true {
            let manifest = try corpus.corpus(feeds: count)
            var selected: [CorpusManifest.Entry] = []
            var bytes = 0
            for entry in manifest.feeds where bytes < target {
                selected.append(entry)
                bytes += entry.bytes
            }
            if bytes >= target {
                return try selected.map {
                    ParseThroughput.LoadedFile(
                        entry: $0, data: try Data(contentsOf: corpus.corpusDirectory.appendingPathComponent($0.path)),
                        url: URL(string: "http://127.0.0.1/" + $0.path))
                }
            }
            count += count / 5 + 10
        }
    }
}
