import ArgumentParser
import Foundation

/// Where the shared corpus lives and how it is generated; every benchmark that reads feeds takes these.
struct CorpusOptions: ParsableArguments {
    @Option(help: "Working directory: corpus, databases and temporary homes live below it.")
    var workdir = "/tmp/sahifa-bench"

    @Option(help: "Seed of the corpus generator.")
    var seed: UInt64 = 1

    @Option(help: "Items per feed.")
    var items = 50

    var corpusDirectory: URL { URL(fileURLWithPath: workdir).appendingPathComponent("corpus-s\(seed)-i\(items)") }

    /// The first `feeds` feeds of the corpus, generated on first use.
    func corpus(feeds: Int) throws -> CorpusManifest {
        let generator = CorpusGenerator(directory: corpusDirectory, seed: seed, itemsPerFeed: items)
        let (seconds, result) = try MonotonicClock.measure { try generator.ensure(feedCount: feeds) }
        if result.generated > 0 {
            print("corpus: generated \(result.generated) feeds in \(Format.number(seconds)) s into \(corpusDirectory.path)")
        }
        return result.manifest
    }

    /// The first `count` XML feeds (RSS 2.0, Atom, RDF) of the corpus, generating more as needed.
    /// The refresh benchmark uses these because newsboat 2.21 cannot read JSON Feed: with JSON feeds
    /// in the mix it would do a fifth less work and the comparison would flatter it.
    func xmlFeeds(count: Int) throws -> [CorpusManifest.Entry] {
        var total = count + count / 3 + 10
        while true {
            let xml = try corpus(feeds: total).feeds.filter { $0.format != .jsonFeed }
            if xml.count >= count { return Array(xml.prefix(count)) }
            total += count / 10 + 10
        }
    }
}
