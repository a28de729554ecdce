import Foundation

/// `manifest.json` of a generated corpus: how it was made and what each file is.
struct CorpusManifest: Codable, Sendable {
    struct Entry: Codable, Sendable {
        let index: Int
        /// Relative to the corpus directory, e.g. `feeds/0007.xml`; also the path the server serves.
        let path: String
        let format: CorpusFormat
        let language: CorpusLanguage
        let encoding: CorpusEncoding
        let bytes: Int
        let items: Int
    }

    static let generatorVersion = 1

    let generatorVersion: Int
    let seed: UInt64
    let itemsPerFeed: Int
    var feeds: [Entry]

    var totalBytes: Int { feeds.reduce(0) { $0 + $1.bytes } }

    static func load(from directory: URL) -> CorpusManifest? {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("manifest.json")) else { return nil }
        return try? JSONDecoder().decode(CorpusManifest.self, from: data)
    }

    func save(to directory: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: directory.appendingPathComponent("manifest.json"))
    }

    /// A summary for the console: counts by format, language and encoding.
    var mix: String {
        func counts<K: RawRepresentable<String>>(_ key: (Entry) -> K) -> String {
            Dictionary(grouping: feeds, by: { key($0).rawValue }).map { "\($0.key) \($0.value.count)" }.sorted()
                .joined(separator: ", ")
        }
        return "formats: \(counts(\.format)); languages: \(counts(\.language)); encodings: \(counts(\.encoding))"
    }
}
