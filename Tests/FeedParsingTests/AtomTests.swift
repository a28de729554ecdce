import FeedParsing
import Foundation
import Testing

struct AtomTests {
    @Test func textConstructsLinksPersonsAndSource() throws {
        let feed = try Fixture.feed("atom10-constructs.xml")
        #expect(feed.title == "Lab Notes")
        #expect(feed.description == "Experiments & results")
        #expect(feed.link == "https://lab.example.com/")
        #expect(feed.language == "en")
        let plain = feed.items[0]
        #expect(plain.title == "Plain <title> with angle brackets")
        #expect(plain.link == "https://lab.example.com/2024/05/plain", "an HTML alternate beats a PDF one")
        #expect(plain.author == "Ada", "source/author must not leak into the entry")
        #expect(plain.categories == ["Physics", "optics"])
        #expect(plain.summary == "A summary with <b> shown literally.")
        #expect(plain.published == Date(timeIntervalSince1970: 1_716_192_000))
        #expect(plain.updated == Date(timeIntervalSince1970: 1_716_283_800.25))
        #expect(plain.enclosures == [.init(url: "https://lab.example.com/talk.ogg", type: "audio/ogg", length: 4321)])
        #expect(plain.contentHTML?.hasPrefix("<p>An <em>xhtml</em> body with &amp; and a <a href=\"https://lab.example.com/notes/1\">") == true)
        #expect(plain.contentHTML?.contains("Line<br>break") == true)
    }

    @Test func htmlTitlesAreDecodedAndFeedAuthorIsInherited() throws {
        let entry = try Fixture.feed("atom10-constructs.xml").items[1]
        #expect(entry.title == "Bold & escaped")
        #expect(entry.author == "Lab Team")
        #expect(entry.contentHTML == "<p>HTML <strong>content</strong></p>")
        #expect(entry.published == nil)
    }

    @Test func contentWithSourceLinksToIt() throws {
        let entry = try Fixture.feed("atom10-constructs.xml").items[2]
        #expect(entry.contentHTML == nil)
        #expect(entry.link == "https://lab.example.com/video.mp4")
    }

    @Test func nestedRelativeXMLBase() throws {
        let feed = try Fixture.feed("atom10-xml-base.xml")
        #expect(feed.link == "https://base.example.net/root/home/")
        #expect(feed.items[0].link == "https://base.example.net/root/section/article.html")
        #expect(feed.items[0].contentHTML == "<p><a href=\"https://base.example.net/absolute/inner.html\">inner</a></p>")
        #expect(feed.items[1].link == "https://other.example.org/y/page")
        #expect(feed.items[1].enclosures.first?.url == "https://other.example.org/x/media/sound.mp3")
    }

    @Test func atom03ModesAndDates() throws {
        let feed = try Fixture.feed("atom03.xml")
        #expect(feed.title == "Old <Atom> Blog")
        #expect(feed.description == "Still on 0.3")
        #expect(feed.updated == Date(timeIntervalSince1970: 1_122_812_969))
        let entry = feed.items[0]
        #expect(entry.published == Date(timeIntervalSince1970: 1_122_811_200))
        #expect(entry.contentHTML == "<p>Escaped <i>content</i></p>")
        #expect(entry.summary == "Short summary")
        #expect(feed.items[1].contentHTML == "<p>Base64 <b>body</b></p>")
    }
}
