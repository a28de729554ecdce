import FeedParsing
import Foundation
import Testing

/// External entities, expansion attacks, limits: each refused with the limit named.
struct HostileInputTests {
    @Test func externalEntitiesAreNeverLoaded() throws {
        let feed = try Fixture.feed("xxe-external-entity.xml")
        #expect(feed.title == "ABC internal text")
        #expect(feed.items.first?.title == "Item internal text")
        #expect(feed.items.first?.contentHTML == "xy")
        #expect(!feed.warnings.isEmpty, "refused entities are reported")
    }

    @Test func billionLaughsIsRefused() throws {
        #expect(try Fixture.parseError("billion-laughs.xml") == .tooManyEntityReferences(limit: 10_000))
    }

    @Test func quadraticBlowupIsRefused() {
        let xml = "<!DOCTYPE rss [<!ENTITY a \"" + String(repeating: "x", count: 1000) + "\">]><rss version=\"2.0\"><channel><title>"
            + String(repeating: "&a;", count: 5000) + "</title></channel></rss>"
        #expect(throws: FeedParseError.self) { try FeedParser.parse(Data(xml.utf8)) }
        do {
            _ = try FeedParser.parse(Data(xml.utf8))
        } catch {
            guard case .entityExpansion = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(error.description.contains("entity expansion limit"))
        }
    }

    @Test func documentSizeLimitIsNamed() {
        let limits = ParseLimits(maxBytes: 64)
        let data = Data(String(repeating: " ", count: 65).utf8)
        #expect(throws: FeedParseError.tooLarge(bytes: 65, limit: 64)) { try FeedParser.parse(data, limits: limits) }
        #expect(FeedParseError.tooLarge(bytes: 40 << 20, limit: 32 << 20).description.contains("32 MiB"))
    }

    @Test func nestingDepthLimitIsNamed() {
        let xml = "<rss version=\"2.0\"><channel>" + String(repeating: "<x>", count: 40) + String(repeating: "</x>", count: 40)
            + "</channel></rss>"
        #expect(throws: FeedParseError.tooDeep(limit: 20)) {
            try FeedParser.parse(Data(xml.utf8), limits: ParseLimits(maxDepth: 20))
        }
        let deep = "<rss version=\"2.0\"><channel>" + String(repeating: "<x>", count: 5000) + "</channel></rss>"
        #expect(throws: FeedParseError.self) { try FeedParser.parse(Data(deep.utf8)) }
    }

    @Test func itemLimitKeepsTheFirstItemsAndWarns() throws {
        let items = (1...5).map { "<item><guid>\($0)</guid></item>" }.joined()
        let feed = try FeedParser.parse(Data("<rss version=\"2.0\"><channel>\(items)</channel></rss>".utf8), limits: ParseLimits(maxItems: 3))
        #expect(feed.items.map(\.id) == ["1", "2", "3"])
        #expect(feed.warnings.contains { $0.contains("maximum items per feed") })
    }

    @Test func brokenFeedYieldsWhatCouldBeRecoveredPlusWarnings() throws {
        let feed = try Fixture.feed("broken-truncated.xml")
        #expect(feed.items.map(\.title) == ["Complete item", "Mismatched tag", "Bare ampersand AT&T and entity", "Truncated item"])
        #expect(feed.items[1].contentHTML?.contains("keeps & and") == true, "entities after an error are kept")
        #expect(feed.items[2].link == "http://broken.example.com/3?a=1&b=2")
        #expect(feed.warnings.contains { $0.contains("line 12") })
    }

    @Test func unsafeAndRelativeLinks() throws {
        let feed = try Fixture.feed("relative-links.xml", documentURL: URL(string: "https://rel.example.com/feeds/main.xml"))
        #expect(feed.link == "https://rel.example.com/")
        #expect(feed.items[0].link == "https://rel.example.com/feeds/posts/relative.html")
        #expect(feed.items[0].contentHTML == "<a href=\"https://rel.example.com/up.html\">up</a>")
        #expect(feed.items[0].enclosures.first?.url == "https://cdn.example.net/file.mp3")
        #expect(feed.items[1].link == nil, "javascript: links are dropped")
    }

    @Test func notWellFormedAtAllIsAnErrorWithALine() {
        #expect(throws: FeedParseError.self) { try FeedParser.parse(Data("<?xml version=\"1.0\"?>\n<".utf8)) }
    }
}
