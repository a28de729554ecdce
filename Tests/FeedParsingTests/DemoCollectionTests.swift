import FeedParsing
import Foundation
import Testing

/// The bundled demo collection (Sources/sahifa/Demo) goes through the same parsers as any
/// user's files; every feed and article in it must parse with titles.
struct DemoCollectionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/sahifa/Demo")

    static func files(_ folder: String) -> [String] {
        let directory = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { !$0.hasPrefix(".") && $0.contains(".") }.sorted()
            .map { directory.appendingPathComponent($0).path }
    }

    @Test(arguments: files("feeds"))
    func demoFeedParses(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(ContentSniffer.kind(of: data, fileName: path) == .feed)
        let feed = try FeedParser.parse(data, documentURL: URL(fileURLWithPath: path))
        #expect(feed.title != nil)
        #expect(!feed.items.isEmpty)
        #expect(feed.items.allSatisfy { $0.title != nil && $0.contentHTML != nil })
        #expect(feed.warnings.isEmpty, "\(feed.warnings)")
    }

    @Test(arguments: files("articles"))
    func demoArticleParses(_ path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(ContentSniffer.kind(of: data, fileName: path) == .article)
        let item = try ArticleFileParser.parse(data, fileName: (path as NSString).lastPathComponent)
        #expect(item.title != nil)
        let document = HTMLConverter.document(fromHTML: item.contentHTML ?? "")
        #expect(!document.blocks.isEmpty)
    }
}
