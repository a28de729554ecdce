import FeedParsing
import Foundation
import Testing

struct FormatDetectionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var fixture: String
        var format: FeedFormat
        var version: String?
        var items: Int
        var title: String
        var testDescription: String { fixture }
    }

    static let cases: [Case] = [
        Case(fixture: "rss20-full.xml", format: .rss, version: "2.0", items: 3, title: "Harbour Gazette"),
        Case(fixture: "rss091-netscape.xml", format: .rss, version: "0.91", items: 1, title: "Café Notes"),
        Case(fixture: "rss091-userland.xml", format: .rss, version: "0.91", items: 1, title: "Scripting Notes"),
        Case(fixture: "rss092-enclosure.xml", format: .rss, version: "0.92", items: 1, title: "Radio Hour"),
        Case(fixture: "rss090.rdf", format: .rdf, version: "0.90", items: 2, title: "Old Portal"),
        Case(fixture: "rss10-modules.rdf", format: .rdf, version: "1.0", items: 1, title: "Science Weekly"),
        Case(fixture: "atom10-constructs.xml", format: .atom, version: "1.0", items: 3, title: "Lab Notes"),
        Case(fixture: "atom03.xml", format: .atom, version: "0.3", items: 2, title: "Old <Atom> Blog"),
        Case(fixture: "jsonfeed-1.0.json", format: .jsonFeed, version: "1.0", items: 1, title: "Pocket Radio"),
        Case(fixture: "jsonfeed-1.1.json", format: .jsonFeed, version: "1.1", items: 2, title: "مدونة الأخبار"),
        Case(fixture: "hebrew-niqqud.xml", format: .atom, version: "1.0", items: 2, title: "חֲדָשׁוֹת הַבֹּקֶר"),
        Case(fixture: "media-itunes-podcast.xml", format: .rss, version: "2.0", items: 2, title: "Night Owls"),
    ]

    @Test(arguments: cases)
    func detectsFormatFromContent(_ testCase: Case) throws {
        let feed = try Fixture.feed(testCase.fixture)
        #expect(feed.format == testCase.format)
        #expect(feed.version == testCase.version)
        #expect(feed.items.count == testCase.items)
        #expect(feed.title == testCase.title)
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var fixture: String
        var looksLike: String
        var testDescription: String { fixture }
    }

    @Test(arguments: [
        Refusal(fixture: "html-page.html", looksLike: "an HTML page"),
        Refusal(fixture: "subscriptions-nested.opml", looksLike: "an OPML subscription list"),
        Refusal(fixture: "other-xml.xml", looksLike: "an XML document"),
        Refusal(fixture: "not-xml.txt", looksLike: "plain text or binary data"),
    ])
    func refusesWhatIsNotAFeedAndSaysWhatItLooksLike(_ refusal: Refusal) throws {
        guard let error = try Fixture.parseError(refusal.fixture) else {
            Issue.record("\(refusal.fixture) parsed as a feed")
            return
        }
        guard case .notAFeed(let looksLike, let reason) = error else {
            Issue.record("unexpected error \(error)")
            return
        }
        #expect(looksLike == refusal.looksLike)
        #expect(!reason.isEmpty)
        #expect(error.description.hasPrefix("looks like \(refusal.looksLike), not a feed"))
    }

    @Test func emptyDocumentIsAnError() {
        #expect(throws: FeedParseError.empty) { try FeedParser.parse(Data("  \n ".utf8)) }
        #expect(throws: FeedParseError.empty) { try FeedParser.parse(Data()) }
    }

    @Test func jsonThatIsNotAFeedIsRefused() {
        #expect(throws: FeedParseError.self) { try FeedParser.parse(Data("{\"a\": 1}".utf8)) }
        #expect(throws: FeedParseError.self) { try FeedParser.parse(Data("{\"version\": ".utf8)) }
    }
}
