import FeedParsing
import Foundation
import Testing

/// One fixture per real-world quirk that does not fit a format's own tests.
struct QuirkTests {
    @Test func undeclaredNamespacePrefixesAreRecognised() throws {
        let item = try #require(try Fixture.feed("undeclared-prefixes.xml").items.first)
        #expect(item.author == "Undeclared Author")
        #expect(item.contentHTML == "<p>Body from an undeclared content: prefix</p>")
        #expect(item.published == Date(timeIntervalSince1970: 1_716_543_000))
    }

    @Test func unescapedMarkupInsideRSSElementsIsKept() throws {
        let feed = try Fixture.feed("unescaped-html-description.xml")
        #expect(feed.version == "0.94")
        #expect(feed.description == "Channel with unescaped markup")
        let item = try #require(feed.items.first)
        #expect(item.title == "Markup inside the title")
        #expect(item.link == "http://raw.example.com/posts/one.html")
        #expect(item.contentHTML == "<p>A paragraph with <a href=\"http://raw.example.com/posts/two.html\">a relative link</a> & an <br> break.</p>")
        #expect(item.summary == "A paragraph with a relative link & an break.")
    }

    @Test func xhtmlTitlesAndSummaries() throws {
        let feed = try Fixture.feed("atom10-xhtml-title.xml")
        #expect(feed.title == "XHTML feed title")
        let entry = try #require(feed.items.first)
        #expect(entry.title == "Entry & markup")
        #expect(entry.contentHTML == "<p>Sum <b>mary</b></p><p>Second</p>")
        #expect(entry.summary == "Sum mary Second")
    }
}
