import Foundation
import Testing
@testable import FeedParsing

/// An English body inside an Arabic feed must not be laid out as a right-to-left article.
@Suite struct AtomContentLanguageTests {
    static func feed(content contentLanguage: String?) -> Data {
        let lang = contentLanguage.map { " xml:lang=\"\($0)\"" } ?? ""
        return Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar"><title>صحيفة</title><id>f</id>
            <entry><id>1</id><title>الشورى</title><content type="html"\(lang)>&lt;p&gt;The new law.&lt;/p&gt;</content></entry>
            </feed>
            """.utf8)
    }

    @Test func contentLanguageBecomesTheItemLanguage() throws {
        let parsed = try FeedParser.parse(Self.feed(content: "en"))
        #expect(parsed.language == "ar")
        #expect(parsed.items.first?.language == "en")
    }

    @Test func contentWithoutItsOwnLanguageKeepsTheFeeds() throws {
        let parsed = try FeedParser.parse(Self.feed(content: nil))
        #expect(parsed.items.first?.language == nil)
    }
}
