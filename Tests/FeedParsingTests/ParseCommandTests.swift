import Foundation
import TestSupport
import Testing

/// `sahifa parse FILE --json` run as a real process (DESIGN §4).
struct ParseCommandTests {
    static func run(_ arguments: [String]) throws -> SahifaProcess.Result {
        try SahifaProcess.run(["parse"] + arguments)
    }

    static func object(_ stdout: String) throws -> [String: Any] {
        let json = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        return try #require(json as? [String: Any])
    }

    @Test func printsOneObjectWithTheDesignKeys() throws {
        let path = Fixture.directory.appendingPathComponent("rss20-full.xml").path
        let result = try Self.run([path, "--json"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let feed = try Self.object(result.stdout)
        #expect(Set(feed.keys) == ["format", "version", "title", "link", "description", "language", "updated", "items"])
        #expect(feed["format"] as? String == "rss")
        #expect(feed["version"] as? String == "2.0")
        #expect(feed["updated"] as? String == "2024-05-24T09:30:00Z")
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(items.count == 3)
        #expect(Set(items[0].keys) == [
            "id", "title", "link", "author", "published", "updated", "summary", "content_html", "categories", "enclosures",
        ])
        #expect(items[0]["published"] as? String == "2024-05-24T07:00:00Z")
        #expect(items[0]["updated"] is NSNull)
        #expect(items[0]["categories"] as? [String] == ["Transport", "Harbour"])
        let enclosure = try #require((items[0]["enclosures"] as? [[String: Any]])?.first)
        #expect(Set(enclosure.keys) == ["url", "type", "length"])
        #expect(enclosure["length"] as? Int == 1_234_567)
        #expect(items[2]["title"] is NSNull)
        // Keys appear in the documented order.
        let order = ["\"format\"", "\"version\"", "\"title\"", "\"link\"", "\"description\"", "\"language\"", "\"updated\"", "\"items\""]
        let positions = order.compactMap { result.stdout.range(of: $0)?.lowerBound }
        #expect(positions == positions.sorted() && positions.count == order.count)
    }

    @Test func baseURLResolvesRelativeLinks() throws {
        let path = Fixture.directory.appendingPathComponent("relative-links.xml").path
        let result = try Self.run([path, "--base-url", "https://rel.example.com/feeds/main.xml", "--json"])
        let feed = try Self.object(result.stdout)
        #expect(feed["link"] as? String == "https://rel.example.com/")
        let items = try #require(feed["items"] as? [[String: Any]])
        #expect(items[0]["link"] as? String == "https://rel.example.com/feeds/posts/relative.html")
    }

    @Test func outputIsUTF8WithoutEscapeSequences() throws {
        for name in ["arabic-harakat.xml", "controls-and-bidi.xml", "windows-1256.xml"] {
            let result = try Self.run([Fixture.directory.appendingPathComponent(name).path, "--json"])
            #expect(result.status == 0)
            #expect(!result.stdout.unicodeScalars.contains { $0.value == 0x1B || ($0.value >= 0x80 && $0.value <= 0x9F) })
            _ = try Self.object(result.stdout)
        }
        let arabic = try Self.run([Fixture.directory.appendingPathComponent("arabic-harakat.xml").path, "--json"])
        #expect(arabic.stdout.contains("﴿وَعَدَ اللَّهُ الَّذِينَ آمَنُوا مِنكُمْ﴾ [24:55]"))
    }

    @Test func notAFeedFailsWithOneLine() throws {
        let result = try Self.run([Fixture.directory.appendingPathComponent("html-page.html").path, "--json"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("sahifa: "))
        #expect(result.stderr.contains("looks like an HTML page, not a feed"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func brokenFeedPrintsWhatWasRecoveredAndWarnsOnStderr() throws {
        let result = try Self.run([Fixture.directory.appendingPathComponent("broken-truncated.xml").path, "--json"])
        #expect(result.status == 0)
        let items = try #require(try Self.object(result.stdout)["items"] as? [[String: Any]])
        #expect(items.count == 4)
        #expect(result.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("sahifa: ") && $0.contains("warning") })
    }

    @Test(arguments: ["xxe-external-entity.xml", "billion-laughs.xml", "broken-truncated.xml", "other-xml.xml", "not-xml.txt"])
    func libxml2NeverWritesToStderr(_ name: String) throws {
        let result = try Self.run([Fixture.directory.appendingPathComponent(name).path, "--json"])
        #expect(result.stderr.split(separator: "\n").allSatisfy { $0.hasPrefix("sahifa: ") }, "\(result.stderr)")
        #expect(!result.stdout.contains("root:"), "no file was read through an entity")
    }

    @Test func missingFileIsAnError() throws {
        let result = try Self.run(["/nonexistent/feed.xml", "--json"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("sahifa: cannot read /nonexistent/feed.xml"))
    }
}
