@testable import FeedParsing
import Foundation
import Testing

/// Titles as plain text, entities decoded exactly once, whitespace collapsed, identities.
struct ValueTests {
    @Test(arguments: [
        ("1", "AT&T plain"),
        ("2", "AT&T double"),
        ("3", "Tom & Jerry in CDATA"),
        ("4", "Markup <stays> text"),
        ("5", "5 < 6 and 7 > 3"),
        ("6", "Café “quoted”"),
        ("7", "Lots of white space"),
        ("8", "Windows – dash ’s"),
    ])
    func titlesAreDecodedExactlyOnce(id: String, title: String) throws {
        let feed = try Fixture.feed("double-escaped-titles.xml")
        #expect(feed.title == "Escapes & Co")
        #expect(feed.items.first { $0.id == id }?.title == title)
    }

    @Test func controlCharactersNeverLeaveTheParser() throws {
        let feed = try Fixture.feed("controls-and-bidi.xml")
        #expect(feed.title == "Controls in title")
        let item = try #require(feed.items.first)
        let everything = [item.title, item.summary, item.contentHTML].compactMap { $0 }.joined()
        #expect(!everything.unicodeScalars.contains { $0.value == 0x1B || ($0.value >= 0x80 && $0.value <= 0x9F) })
    }

    @Test func identityFallsBackFromGuidToLinkToAStableHash() throws {
        let feed = try Fixture.feed("rss20-full.xml")
        #expect(feed.items.map(\.id) == [
            "https://gazette.example.org/2024/05/ferry", "gazette-2024-0412",
            "https://gazette.example.org/2024/05/harbour-lights",
        ])
        let xml = "<rss version=\"2.0\"><channel><item><title>No id</title><description>Body</description></item></channel></rss>"
        let first = try FeedParser.parse(Data(xml.utf8)).items[0].id
        let second = try FeedParser.parse(Data(xml.utf8)).items[0].id
        #expect(first == second)
        #expect(first.hasPrefix("hash:"))
        let other = try FeedParser.parse(Data(xml.replacingOccurrences(of: "Body", with: "Other").utf8)).items[0].id
        #expect(other != first)
    }

    @Test func rssItemValues() throws {
        let feed = try Fixture.feed("rss20-full.xml")
        #expect(feed.link == "https://gazette.example.org/")
        #expect(feed.description == "News from the harbour & the old town")
        #expect(feed.language == "en-gb")
        #expect(feed.updated == Date(timeIntervalSince1970: 1_716_543_000))
        let ferry = feed.items[0]
        #expect(ferry.title == "Ferry timetable changes for summer")
        #expect(ferry.author == "Mira Salo")
        #expect(ferry.published == Date(timeIntervalSince1970: 1_716_534_000))
        #expect(ferry.categories == ["Transport", "Harbour"])
        #expect(ferry.summary == "The summer timetable starts on 1 June.")
        #expect(ferry.contentHTML?.contains("<a href=\"https://gazette.example.org/timetable\">") == true)
        #expect(ferry.enclosures.first?.url == "https://gazette.example.org/audio/ferry.mp3")
        #expect(ferry.enclosures.first?.length == 1_234_567)
        let market = feed.items[1]
        #expect(market.author == "Jonas Berg")
        #expect(market.published == Date(timeIntervalSince1970: 1_716_479_100))
        #expect(market.link == nil)
        #expect(market.contentHTML == "After two years of works the square is open again.")
        let untitled = feed.items[2]
        #expect(untitled.title == nil)
        #expect(untitled.link == "https://gazette.example.org/2024/05/harbour-lights")
    }

    @Test func rdfModules() throws {
        let feed = try Fixture.feed("rss10-modules.rdf")
        #expect(feed.language == "en")
        #expect(feed.updated == Date(timeIntervalSince1970: 1_716_184_800))
        let item = try #require(feed.items.first)
        #expect(item.id == "https://science.example.org/a/1")
        #expect(item.author == "A. Researcher")
        #expect(item.categories == ["Oceans", "Satellites"])
        #expect(item.contentHTML == "<p>Satellites now measure <em>coastal</em> tides.</p>")
        #expect(item.summary == "Satellites now measure coastal tides.")
        #expect(item.published == Date(timeIntervalSince1970: 1_716_146_400))
    }

    @Test func rss090KeepsItemsOutsideTheChannelAndSkipsTheImage() throws {
        let feed = try Fixture.feed("rss090.rdf")
        #expect(feed.items.map(\.title) == ["First headline", "Second headline"])
        #expect(feed.link == "http://portal.example.com")
    }

    @Test func mediaAndITunesModules() throws {
        let feed = try Fixture.feed("media-itunes-podcast.xml")
        let episode = feed.items[0]
        #expect(episode.author == "Owl Collective")
        #expect(episode.summary == "We talk about moths & lamps.")
        #expect(episode.enclosures.map(\.url) == ["https://owls.example.fm/7.mp3", "https://owls.example.fm/7.ogg"])
        let cam = feed.items[1]
        #expect(cam.title == "Video only: Owl cam")
        #expect(cam.summary == "Live owl camera")
        #expect(cam.enclosures.first?.type == "video")
    }

    @Test func arabicWithHarakatSurvivesIntact() throws {
        let feed = try Fixture.feed("arabic-harakat.xml")
        let item = try #require(feed.items.first)
        #expect(item.title == "﴿وَعَدَ اللَّهُ الَّذِينَ آمَنُوا مِنكُمْ﴾ [24:55]")
        #expect(item.author == "عَبْدُ الرَّحْمَٰنِ")
        #expect(item.published == nil, "an unparseable date is null, never now")
        #expect(item.summary?.contains("وَعَمِلُوا الصَّالِحَاتِ") == true)
        #expect(feed.language == "ar")
    }

    @Test func hebrewWithNiqqudAndItemLanguage() throws {
        let feed = try Fixture.feed("hebrew-niqqud.xml")
        #expect(feed.language == "he")
        #expect(feed.items[0].title == "בְּרֵאשִׁית בָּרָא אֱלֹהִים")
        #expect(feed.items[0].language == nil)
        #expect(feed.items[0].contentHTML == "<p>פִּסְקָה עִם <span lang=\"en\">English words</span> בְּתוֹכָהּ.</p>")
        #expect(feed.items[1].language == "en")
    }
}

struct WhitespaceTests {
    @Test(arguments: [
        ("  a  b  ", "a b"), ("\u{A0}x\u{2003}\u{3000}y\n", "x y"), ("وَعَدَ  اللَّهُ", "وَعَدَ اللَّهُ"), ("", ""), (" \t\n ", ""),
        ("a\u{200B}b", "a\u{200B}b"),
    ])
    func collapsesUnicodeWhiteSpaceOnly(_ input: String, _ expected: String) {
        #expect(TextCleanup.collapsingWhitespace(input) == expected)
    }

    @Test(arguments: [("  a b  ", "a b"), ("\u{A0}é\u{3000}", "é"), ("x", "x"), ("   ", ""), ("\nشَ\n", "شَ")])
    func trims(_ input: String, _ expected: String) {
        #expect(input.trimmingWhitespace() == expected)
    }
}
