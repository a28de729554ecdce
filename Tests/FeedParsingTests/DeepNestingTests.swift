import FeedParsing
import Foundation
import Testing

/// Deeply nested input must not exhaust the stack of a worker thread (Swift Testing runs
/// these on the cooperative pool, whose threads have small stacks).
struct DeepNestingTests {
    static let depth = 20_000

    @Test func deeplyNestedHTML() {
        let html = String(repeating: "<div><b>", count: Self.depth) + "core" + String(repeating: "</b></div>", count: Self.depth)
        // libxml2 stops building the tree at its own depth limit; what matters is that nothing crashes.
        _ = DocumentOutline.lines(HTMLConverter.document(fromHTML: html))
        #expect(HTMLConverter.plainText(fromHTML: html) == "core")
        let moderate = String(repeating: "<div><b>", count: 120) + "core" + String(repeating: "</b></div>", count: 120)
        #expect(DocumentOutline.lines(HTMLConverter.document(fromHTML: moderate)).joined().contains("core"))
        let lists = String(repeating: "<ul><li>", count: Self.depth) + "leaf"
        _ = HTMLConverter.document(fromHTML: lists)
        _ = FeedDiscovery.alternateFeedLinks(inHTML: Data(html.utf8), baseURL: URL(string: "https://x.example/")!)
        _ = try? ArticleFileParser.parse(Data(html.utf8), fileName: "deep.html")
    }

    @Test func deeplyNestedMarkdown() throws {
        let quotes = "Title\n\n" + String(repeating: ">", count: Self.depth) + " deep"
        #expect(try ArticleFileParser.parse(Data(quotes.utf8), fileName: "q.md").contentHTML?.contains("deep") == true)
        let brackets = "Title\n\n" + String(repeating: "[", count: Self.depth) + "x" + String(repeating: "](u)", count: Self.depth)
        _ = try ArticleFileParser.parse(Data(brackets.utf8), fileName: "b.md")
        let emphasis = "Title\n\n" + (0..<Self.depth).map { _ in "*a " }.joined() + (0..<Self.depth).map { _ in "b*" }.joined()
        _ = try ArticleFileParser.parse(Data(emphasis.utf8), fileName: "e.md")
        let lists = "Title\n\n" + (0..<300).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")
        _ = try ArticleFileParser.parse(Data(lists.utf8), fileName: "l.md")
    }

    @Test func deeplyNestedXMLIsRefusedNotCrashed() {
        let xml = "<rss version=\"2.0\"><channel><item><description>" + String(repeating: "<x>", count: Self.depth) + "</description></item></channel></rss>"
        _ = try? FeedParser.parse(Data(xml.utf8))
        let json = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": " + String(repeating: "[", count: Self.depth)
            + String(repeating: "]", count: Self.depth) + "}"
        #expect(throws: FeedParseError.self) { try FeedParser.parse(Data(json.utf8)) }
        let opml = "<opml><body>" + String(repeating: "<outline text=\"f\">", count: Self.depth) + "</body></opml>"
        _ = try? OPMLDocument.parse(Data(opml.utf8))
    }
}
