import Foundation
import Testing
@testable import FeedParsing

/// Titles, authors and feed names lose every bidi control, so an override cannot reorder the
/// rest of a list row (a title ending in `<RLO>fdp.exe` must not display as `exe.pdf`).
@Suite struct TitleBidiControlTests {
    @Test func overrideAndIsolatesAreDroppedFromTitles() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>News &#x2067;desk&#x2069;</title>
            <item><guid>1</guid><title>invoice_&#x202E;fdp.exe</title>
            <author>a&#x202B;b</author><description>body &#x2067;kept&#x2069;</description></item>
            </channel></rss>
            """
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.title == "News desk")
        #expect(feed.items.first?.title == "invoice_fdp.exe")
        #expect(feed.items.first?.author == "ab")
    }

    @Test func vocalizedArabicTitleKeepsItsMarks() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>t</title>
            <item><guid>1</guid><title>  وَعَدَ   اللَّهُ  </title></item></channel></rss>
            """
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.items.first?.title == "وَعَدَ اللَّهُ")
    }
}
