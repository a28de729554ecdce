import FeedParsing
import Foundation
import Testing

struct JSONFeedTests {
    @Test func version1WithAttachmentsAndNumericID() throws {
        let feed = try Fixture.feed("jsonfeed-1.0.json")
        #expect(feed.link == "https://radio.example.org/")
        #expect(feed.description == "A JSON Feed 1.0 podcast")
        let item = try #require(feed.items.first)
        #expect(item.id == "42")
        #expect(item.link == "https://radio.example.org/episodes/42")
        #expect(item.author == "Sam Host")
        #expect(item.summary == "Forty-two")
        #expect(item.contentHTML == "<p>First paragraph.</p><p>Second paragraph with &lt;angle&gt; brackets.</p>")
        #expect(item.categories == ["audio", "talk"])
        #expect(item.published == Date(timeIntervalSince1970: 1_716_426_000))
        #expect(item.enclosures == [.init(url: "https://radio.example.org/audio/42.m4a", type: "audio/x-m4a", length: 89_970_236)])
    }

    @Test func version11WithAuthorsAndLanguages() throws {
        let feed = try Fixture.feed("jsonfeed-1.1.json")
        #expect(feed.language == "ar")
        let first = feed.items[0]
        #expect(first.title == "وَعَدَ اللَّهُ الَّذِينَ آمَنُوا")
        #expect(first.author == "كاتب, محرر")
        #expect(first.updated == Date(timeIntervalSince1970: 1_716_534_000))
        #expect(first.language == nil)
        let second = feed.items[1]
        #expect(second.link == "https://elsewhere.example.com/story")
        #expect(second.language == "en")
        #expect(second.author == "فريق التحرير")
    }
}
