import Foundation

/// Writes (or extends) a corpus directory: `feeds/NNNN.ext`, `manifest.json` and `urls`.
///
/// Feed *i* depends only on the seed, *i* and the items per feed, so a corpus of 1000 feeds starts
/// with the 200-feed corpus, and asking for more feeds only generates the missing ones.
struct CorpusGenerator {
    let directory: URL
    let seed: UInt64
    let itemsPerFeed: Int

    /// Ensures the first `feedCount` feeds exist, returning the manifest and how many were generated.
    func ensure(feedCount: Int, log: Bool = true) throws -> (manifest: CorpusManifest, generated: Int) {
        let fileManager = FileManager.default
        let feedsDirectory = directory.appendingPathComponent("feeds")
        try fileManager.createDirectory(at: feedsDirectory, withIntermediateDirectories: true)
        var manifest = CorpusManifest(generatorVersion: CorpusManifest.generatorVersion, seed: seed, itemsPerFeed: itemsPerFeed, feeds: [])
        if let existing = CorpusManifest.load(from: directory), existing.seed == seed, existing.itemsPerFeed == itemsPerFeed,
            existing.generatorVersion == CorpusManifest.generatorVersion
        {
            manifest.feeds = Array(existing.feeds.prefix { fileManager.fileExists(atPath: directory.appendingPathComponent($0.path).path) })
        }
        let start = manifest.feeds.count
        guard start < feedCount else {
            return (CorpusManifest(generatorVersion: manifest.generatorVersion, seed: seed, itemsPerFeed: itemsPerFeed, feeds: Array(manifest.feeds.prefix(feedCount))), 0)
        }
        for index in start..<feedCount {
            manifest.feeds.append(try writeFeed(index))
            if log, (index + 1) % 100 == 0 { print("  generated \(index + 1)/\(feedCount) feeds") }
        }
        try manifest.save(to: directory)
        return (manifest, feedCount - start)
    }

    private func writeFeed(_ index: Int) throws -> CorpusManifest.Entry {
        let plan = FeedPlan(seed: seed, index: index)
        let feed = GeneratedFeed(plan: plan, seed: seed, itemCount: itemsPerFeed)
        let text: String
        switch plan.format {
        case .rss2: text = RSS2Writer.document(feed)
        case .atom: text = AtomWriter.document(feed)
        case .rdf: text = RDFWriter.document(feed)
        case .jsonFeed: text = JSONFeedWriter.document(feed)
        }
        let bytes = try LegacyEncoder(encoding: plan.encoding).encode(text)
        let path = "feeds/" + plan.fileName
        try Data(bytes).write(to: directory.appendingPathComponent(path))
        return CorpusManifest.Entry(
            index: index, path: path, format: plan.format, language: plan.language, encoding: plan.encoding,
            bytes: bytes.count, items: feed.items.count)
    }
}
