import Foundation

/// The newsboat `urls` file for the first `count` feeds of a corpus served at `baseURL`
/// (each line a URL, then tags: the feed's format and language, as newsboat's tags syntax allows).
enum SubscriptionListWriter {
    static func urls(_ manifest: CorpusManifest, count: Int, baseURL: String) -> String {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        return manifest.feeds.prefix(count).map { "\(base)\($0.path) \($0.format.rawValue) \($0.language.rawValue)" }
            .joined(separator: "\n") + "\n"
    }

    static func write(_ manifest: CorpusManifest, count: Int, baseURL: String, to path: String) throws {
        try urls(manifest, count: count, baseURL: baseURL).write(toFile: path, atomically: true, encoding: .utf8)
    }
}
