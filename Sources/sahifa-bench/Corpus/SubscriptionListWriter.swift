import Foundation

/// A newsboat `urls` file for corpus feeds served at `baseURL`
/// (each line a URL, then tags: the feed's format and language, as newsboat's tags syntax allows).
enum SubscriptionListWriter {
    static func urls(_ feeds: some Sequence<CorpusManifest.Entry>, baseURL: String) -> String {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        return feeds.map { "\(base)\($0.path) \($0.format.rawValue) \($0.language.rawValue)" }
            .joined(separator: "\n") + "\n"
    }

    static func write(_ feeds: some Sequence<CorpusManifest.Entry>, baseURL: String, to path: String) throws {
        try urls(feeds, baseURL: baseURL).write(toFile: path, atomically: true, encoding: .utf8)
    }
}
