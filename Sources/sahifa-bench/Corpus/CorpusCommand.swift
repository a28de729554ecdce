import ArgumentParser
import Foundation

/// `sahifa-bench corpus`: generate the deterministic feed corpus the other benchmarks share.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus", abstract: "Generate the deterministic feed corpus (files, manifest.json, newsboat urls).")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Number of feeds.")
    var feeds = 200

    @Option(help: "Base URL written into the urls file.")
    var baseURL = "http://127.0.0.1:8080/"

    @Option(help: "Write a JSON report to this file.")
    var json: String?

    func run() throws {
        let manifest = try corpus.corpus(feeds: feeds)
        let urlsPath = corpus.corpusDirectory.appendingPathComponent("urls").path
        try SubscriptionListWriter.write(manifest.feeds, baseURL: baseURL, to: urlsPath)
        let items = manifest.feeds.reduce(0) { $0 + $1.items }
        print("corpus: \(manifest.feeds.count) feeds, \(items) items, \(Format.megabytes(manifest.totalBytes)) in \(corpus.corpusDirectory.path)")
        print("  \(manifest.mix)")
        print("  urls: \(urlsPath)")
        struct Results: Encodable, Sendable {
            let directory: String
            let feeds: Int
            let items: Int
            let bytes: Int
            let mix: String
        }
        try BenchReport(
            benchmark: "corpus",
            results: Results(directory: corpus.corpusDirectory.path, feeds: manifest.feeds.count, items: items, bytes: manifest.totalBytes, mix: manifest.mix),
            goals: []
        ).finish(jsonPath: json)
    }
}
