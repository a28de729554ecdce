import FeedParsing
import Foundation
import Testing

/// One fixture per encoding feeds still use; legacy ones were produced with iconv.
struct EncodingTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var fixture: String
        var title: String
        var itemTitle: String
        var testDescription: String { fixture }
    }

    @Test(arguments: [
        Case(fixture: "windows-1256.xml", title: "أخبار اليوم", itemTitle: "مَرْحَبًا بِكُمْ في النشرة"),
        Case(fixture: "iso-8859-6.xml", title: "نشرة الأخبار", itemTitle: "خبر عاجل"),
        Case(fixture: "iso-8859-8.xml", title: "חדשות הערב", itemTitle: "שלום עולם"),
        Case(fixture: "shift_jis.xml", title: "東京ニュース", itemTitle: "新聞リーダーの試験"),
        Case(fixture: "euc-jp.xml", title: "東京ニュース", itemTitle: "新聞リーダーの試験"),
        Case(fixture: "gbk.xml", title: "北京新闻", itemTitle: "报纸阅读器测试"),
        Case(fixture: "big5.xml", title: "台北新聞", itemTitle: "報紙閱讀器測試"),
        Case(fixture: "koi8-r.xml", title: "Новости дня", itemTitle: "Привет, мир"),
        Case(fixture: "utf16-bom.xml", title: "UTF-16 feed ✓ مرحبا", itemTitle: "Item in UTF-16"),
        Case(fixture: "utf16be-nobom.xml", title: "UTF-16 feed ✓ مرحبا", itemTitle: "Item in UTF-16"),
        Case(fixture: "utf8-bom.xml", title: "UTF-8 feed ✓ مرحبا", itemTitle: "Item in UTF-8"),
        Case(fixture: "undeclared-windows-1252.xml", title: "Crème brûlée “daily”", itemTitle: "Naïve café – déjà vu"),
        Case(fixture: "rss091-netscape.xml", title: "Café Notes", itemTitle: "L'été arrive …"),
    ])
    func decodesDeclaredAndDetectedEncodings(_ testCase: Case) throws {
        let feed = try Fixture.feed(testCase.fixture)
        #expect(feed.title == testCase.title)
        #expect(feed.items.first?.title == testCase.itemTitle)
    }

    @Test func undeclaredInvalidUTF8IsRecoveredWithAWarning() throws {
        let feed = try Fixture.feed("undeclared-windows-1252.xml")
        #expect(feed.warnings.contains { $0.contains("windows-1252") })
    }

    @Test func httpCharsetWinsOverTheDeclaration() throws {
        // The bytes are windows-1256; a wrong declaration is overridden by the HTTP header (RFC 7303 §3.2).
        var bytes = try Fixture.data("windows-1256.xml")
        let declaration = Data("encoding=\"windows-1256\"".utf8)
        let range = try #require(bytes.range(of: declaration))
        bytes.replaceSubrange(range, with: Data("encoding=\"ISO-8859-5\"".utf8))
        let feed = try FeedParser.parse(bytes, httpCharset: "windows-1256")
        #expect(feed.title == "أخبار اليوم")
    }

    @Test func byteOrderMarkWinsOverTheHTTPCharset() throws {
        let feed = try FeedParser.parse(Fixture.data("utf16-bom.xml"), httpCharset: "iso-8859-1")
        #expect(feed.title == "UTF-16 feed ✓ مرحبا")
    }

    @Test func mixedUTF8WithAStrayLatin1ByteKeepsEveryCharacter() throws {
        var bytes = Data("<rss version=\"2.0\"><channel><title>مرحبا ".utf8)
        bytes.append(0xE9)  // é in windows-1252
        bytes.append(Data(" café</title></channel></rss>".utf8))
        let feed = try FeedParser.parse(bytes)
        #expect(feed.title == "مرحبا é café")
    }

    @Test func legacyDeclarationOverValidUTF8IsReadAsUTF8() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><title>déjà vu</title></channel></rss>"
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.title == "déjà vu")
    }

    @Test func unknownEncodingFallsBackToUTF8WithAWarning() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"x-no-such-charset\"?><rss version=\"2.0\"><channel><title>ok</title></channel></rss>"
        let feed = try FeedParser.parse(Data(xml.utf8))
        #expect(feed.title == "ok")
        #expect(feed.warnings.contains { $0.contains("x-no-such-charset") })
    }
}
