import ArgumentParser
import Foundation
import NewsModel
import NewsStore

/// `sahifa-bench store`: the queries behind the first screen and search, at 50,000 and 200,000
/// articles (issue 4 §9b, DESIGN §9), timed in-process over many iterations.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Feed list, unread list and search latency with 50,000 and 200,000 stored articles.")

    @Option(help: "Working directory: databases are kept there and reused.")
    var workdir = "/tmp/sahifa-bench"

    @Option(help: "Comma-separated article counts.")
    var sizes = "50000,200000"

    @Option(help: "Iterations per list query.")
    var iterations = 200

    @Option(help: "Search queries per language (each run once after a warm-up pass).")
    var queries = 200

    @Option(help: "Prefix queries (word*) per language; 0 skips them.")
    var prefixQueries = 200

    @Option(help: "Comma-separated query languages (English, Arabic), e.g. to profile one.")
    var languages = "English,Arabic"

    @Option(help: "Seed of the generated articles and queries.")
    var seed: UInt64 = 1

    @Flag(help: "Rebuild the databases even when a matching one exists.")
    var rebuild = false

    @Option(help: "Write a JSON report to this file.")
    var json: String?

    func run() throws {
        let counts = sizes.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        var results: [StoreSizeResult] = []
        for count in counts {
            let result = try measure(articleCount: count)
            print(Format.table(
                ["query", "runs", "p50", "p90", "p99", "max"],
                result.queries.map { [$0.name, "\($0.milliseconds.count)", Format.number($0.milliseconds.p50) + " ms", Format.number($0.milliseconds.p90) + " ms", Format.number($0.milliseconds.p99) + " ms", Format.number($0.milliseconds.max) + " ms"] }))
            results.append(result)
        }
        try BenchReport(benchmark: "store", results: results, goals: results.flatMap(\.goals)).finish(jsonPath: json)
    }

    private func measure(articleCount: Int) throws -> StoreSizeResult {
        let directory = URL(fileURLWithPath: workdir).appendingPathComponent("store")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("articles-\(articleCount)-s\(seed)-t\(StorePopulator.textVersion).db").path
        var store = try NewsStore(path: path)
        let stored = try store.counts().all
        if rebuild || stored != articleCount {
            print("store: building \(path) with \(articleCount) articles through NewsStore…")
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            store = try NewsStore(path: path)
            let (seconds, cost) = try MonotonicClock.measure { try StorePopulator(seed: seed, articleCount: articleCount).populate(store) }
            print("store: built in \(Format.number(seconds)) s; NewsStore.record took \(Format.number(cost.cpuSeconds)) s CPU, \(Format.number(cost.wallSeconds)) s wall")
        }
        let counts = try store.counts()
        let feeds = try store.feeds()
        print("store: \(counts.all) articles (\(counts.unread) unread) in \(feeds.count) feeds, \(Format.megabytes(fileSize(path))) on disk")
        var timings: [StoreSizeResult.Query] = []
        func time(_ name: String, _ body: () throws -> Void) rethrows {
            let samples = try Sampler.sample(warmUp: 3, minRuns: iterations, maxRuns: iterations, minSeconds: 0, body)
            timings.append(.init(name: name, milliseconds: Percentiles(samples.map { $0 * 1000 })))
        }
        try time("feeds() with counts") { _ = try store.feeds() }
        try time("counts() of All/Unread/Bookmarks") { _ = try store.counts() }
        try time("articles(.all, unread, limit 50)") { _ = try store.articles(in: .all, unreadOnly: true, limit: 50) }
        try time("articles(.all, limit 50)") { _ = try store.articles(in: .all, limit: 50) }
        let feedID = feeds[feeds.count / 2].id
        try time("articles(.feed, limit 50)") { _ = try store.articles(in: .feed(feedID), limit: 50) }
        var hits: [String: Int] = [:]
        let vocabularies = StoreVocabularies(seed: seed)
        // Prefix queries are reported apart ("prefix …"): the goals name one- to three-word queries.
        let queryLists = [
            ("search", "English", "1–3 words", SearchQueries.english(count: queries, vocabularies: vocabularies, seed: seed)),
            ("search", "Arabic", "1–3 words", SearchQueries.arabic(count: queries, vocabularies: vocabularies, seed: seed)),
            ("prefix", "English", "word*", SearchQueries.englishPrefixes(count: prefixQueries, vocabularies: vocabularies, seed: seed)),
            ("prefix", "Arabic", "word*", SearchQueries.arabicPrefixes(count: prefixQueries, vocabularies: vocabularies, seed: seed)),
        ]
        let chosen = Set(languages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        for (kind, language, shape, list) in queryLists where !list.isEmpty && chosen.contains(language) {
            // The first pass reads the index from disk (the page cache of this machine does not keep a
            // 1 GB database); the second is the steady state of a reader session. Both are reported.
            for pass in ["first pass", "second pass"] {
                var samples: [Double] = []
                var found = 0
                for query in list {
                    let start = MonotonicClock.nanoseconds()
                    found += try store.search(query, limit: 50).count
                    samples.append(Double(MonotonicClock.nanoseconds() - start) / 1e6)
                }
                hits["\(kind) \(language)"] = found
                timings.append(.init(name: "\(kind) \(language) \(shape), limit 50, \(pass)", milliseconds: Percentiles(samples)))
            }
        }
        print("search: \(hits.map { "\($0.key) \($0.value) hits" }.sorted().joined(separator: ", ")) over \(queries) (prefix \(prefixQueries)) queries each")
        return StoreSizeResult(articles: counts.all, unread: counts.unread, feeds: feeds.count, databaseBytes: fileSize(path), queries: timings, searchHits: hits)
    }

    private func fileSize(_ path: String) -> Int {
        ["", "-wal"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }
    }
}
