import FeedParsing
import Foundation
import Testing

struct SubscriptionListTests {
    @Test func opmlNestedOutlinesBecomeTags() throws {
        let subscriptions = try OPMLDocument.parse(Fixture.data("subscriptions-nested.opml"))
        #expect(subscriptions == [
            Subscription(
                url: "https://gazette.example.org/feed.xml", title: "Harbour Gazette", siteLink: "https://gazette.example.org/",
                tags: ["News", "World"]),
            Subscription(url: "https://akhbar.example.org/feed.json", title: "أخبار", tags: ["News"]),
            Subscription(url: "https://lab.example.com/atom.xml", title: "Lab Notes", tags: ["Physics", "weekly"]),
        ])
    }

    @Test func opmlRoundTrip() throws {
        let original = [
            Subscription(url: "https://a.example/feed?x=1&y=2", title: "A & \"B\" <C>", siteLink: "https://a.example/", tags: ["news", "local news"]),
            Subscription(url: "https://b.example/atom.xml", title: "بي", tags: []),
            Subscription(url: "https://c.example/rss", title: nil, tags: ["x,y"]),
        ]
        let exported = OPMLDocument.export(original, title: "sahifa subscriptions")
        #expect(exported.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">"))
        let imported = try OPMLDocument.parse(Data(exported.utf8))
        #expect(imported.count == 3)
        #expect(imported[0] == original[0])
        #expect(imported[1] == original[1])
        #expect(imported[2].url == original[2].url)
        #expect(imported[2].tags == ["x y"])
    }

    @Test func notOPMLIsRefusedWithTheReason() throws {
        #expect(throws: FeedParseError.notOPML(reason: "its root element is <rss>, not <opml>")) {
            try OPMLDocument.parse(Fixture.data("rss20-full.xml"))
        }
        #expect(throws: FeedParseError.empty) { try OPMLDocument.parse(Data()) }
        #expect(throws: FeedParseError.self) { try OPMLDocument.parse(Data("<opml version=\"2.0\"><head/></opml>".utf8)) }
    }

    @Test func newsboatURLsFileWithTitlesTagsAndSkippedCommands() throws {
        let text = String(decoding: try Fixture.data("newsboat-urls"), as: UTF8.self)
        let (subscriptions, skipped) = URLsFile.parse(text)
        #expect(subscriptions == [
            Subscription(url: "https://gazette.example.org/feed.xml", title: "Harbour Gazette (renamed)", tags: ["news", "local news"]),
            Subscription(url: "https://lab.example.com/atom.xml", tags: ["science"]),
            Subscription(url: "https://akhbar.example.org/feed.json", tags: ["أخبار"]),
        ])
        #expect(skipped.count == 3)
        #expect(skipped[0].hasPrefix("line 4: query:Unread"))
        #expect(skipped[1] == "line 5: exec:~/bin/fetch-weather.sh runs a command; skipped, never run")
        #expect(skipped[2].hasPrefix("line 6: filter:"))
    }

    @Test(arguments: [
        ("subscriptions-nested.opml", ImportKind.opml),
        ("newsboat-urls", .urls),
        ("rss20-full.xml", .feed),
        ("rss10-modules.rdf", .feed),
        ("atom03.xml", .feed),
        ("jsonfeed-1.1.json", .feed),
        ("windows-1256.xml", .feed),
        ("utf16-bom.xml", .feed),
        ("article-commentary.md", .article),
        ("article-plain.txt", .article),
        ("article-page-windows-1256.html", .article),
        ("html-page.html", .article),
        ("html-kitchen-sink.html", .article),
    ])
    func sniffsWhatAFileHolds(_ name: String, _ kind: ImportKind) throws {
        #expect(ContentSniffer.kind(of: try Fixture.data(name), fileName: name) == kind)
    }

    @Test func sniffingPrefersContentOverTheName() {
        let urls = Data("https://a.example/feed.xml tag\nhttps://b.example/rss\n".utf8)
        #expect(ContentSniffer.kind(of: urls, fileName: "subscriptions.txt") == .urls)
        let prose = Data("https://example.org is where the story starts, and it goes on for a while here.\n".utf8)
        #expect(ContentSniffer.kind(of: prose, fileName: "note.txt") == .article)
    }

    @Test func feedDiscoveryFindsAlternateLinks() throws {
        let links = FeedDiscovery.alternateFeedLinks(
            inHTML: try Fixture.data("html-page.html"), baseURL: URL(string: "https://gazette.example.org/section/page")!)
        #expect(links.map(\.absoluteString) == [
            "https://gazette.example.org/feed.xml", "https://gazette.example.org/atom.xml",
            "https://gazette.example.org/feed.json",
        ])
    }
}
