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
}
