import FeedParsing
import Foundation

/// Fixture files, read from the source tree (no SwiftPM resources).
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: directory.appendingPathComponent(name))
    }

    static func feed(_ name: String, documentURL: URL? = nil, httpCharset: String? = nil) throws -> ParsedFeed {
        try FeedParser.parse(data(name), documentURL: documentURL, httpCharset: httpCharset)
    }

    /// The error parsing a fixture raises, or nil when it parses.
    static func parseError(_ name: String) throws -> FeedParseError? {
        let bytes = try data(name)
        do {
            _ = try FeedParser.parse(bytes)
            return nil
        } catch {
            return error
        }
    }

    static var allNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }
}
