import FeedParsing
import Foundation
import Testing

struct ArticleFileParserTests {
    @Test func markdownCommentaryWithFrontMatterAndSections() throws {
        let item = try ArticleFileParser.parse(Fixture.data("article-commentary.md"), fileName: "article-commentary.md")
        #expect(item.id == "article-commentary.md")
        #expect(item.title == "A verse on promise")
        #expect(item.author == "Mira Salo")
        #expect(item.categories == ["commentary", "quran"])
        #expect(item.published == Date(timeIntervalSince1970: 1_716_543_000))
        let html = try #require(item.contentHTML)
        #expect(html.contains("<h2>News</h2>"))
        #expect(html.contains("<h2>Comment</h2>"))
        #expect(html.contains("<strong>Friday</strong>"))
        #expect(html.contains("<a href=\"https://gazette.example.org/timetable\">new timetable</a>"))
        #expect(html.contains("<blockquote>\n<p>﴿وَعَدَ اللَّهُ الَّذِينَ آمَنُوا مِنكُمْ﴾\n<strong>&quot;God has promised those of you who believe&quot;</strong> [24:55]</p>\n</blockquote>"))
        #expect(html.contains("<ul>\n<li>first point</li>\n<li>second point with <code>code</code>\n<ul>\n<li>nested point</li>\n</ul></li>\n</ul>"))
        #expect(html.contains("<ol>\n<li>one</li>\n<li>two</li>\n</ol>"))
        #expect(html.contains("<a href=\"https://example.org/more\">https://example.org/more</a>."))
    }

    @Test func plainTextTitleFromFirstLineAndCommentSection() throws {
        let item = try ArticleFileParser.parse(Fixture.data("article-plain.txt"), fileName: "article-plain.txt")
        #expect(item.title == "Harbour lights switched on")
        #expect(item.contentHTML == """
            <p>The lights along the harbour wall were switched on at dusk.
            Residents gathered to watch.</p>
            <h2>Comment</h2>
            <p>It took three years &amp; a lot of patience.</p>
            """)
        #expect(item.summary == "The lights along the harbour wall were switched on at dusk. Residents gathered to watch. Comment It took three years & a lot of patience.")
    }

    @Test func htmlArticleInWindows1256() throws {
        let item = try ArticleFileParser.parse(Fixture.data("article-page-windows-1256.html"), fileName: "page.html")
        #expect(item.title == "مقال تجريبي")
        #expect(item.author == "كاتب المقال")
        #expect(item.language == "ar")
        #expect(item.published == Date(timeIntervalSince1970: 1_716_543_000))
        #expect(item.contentHTML?.contains("فقرة أولى.") == true)
    }

    @Test(arguments: [
        ("# Title\n\nBody *em* and _em_ and snake_case_name", "<p>Body <em>em</em> and <em>em</em> and snake_case_name</p>\n"),
        ("Title\n=====\n\nAfter setext", "<p>After setext</p>\n"),
        ("T\n\n## Sub ##\n\ntext  \nbroken\\\nagain", "<h2>Sub</h2>\n<p>text<br>\nbroken<br>\nagain</p>\n"),
        ("T\n\n```\n<b>code</b>\n```", "<pre><code>&lt;b&gt;code&lt;/b&gt;</code></pre>\n"),
        ("T\n\n---\n\n3. three\n4. four", "<hr>\n<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>\n"),
        ("T\n\n<script>alert(1)</script> & \\*not em\\*", "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; *not em*</p>\n"),
        ("T\n\n![alt text](pic.png) and <https://auto.example/>", "<p><img src=\"pic.png\" alt=\"alt text\"> and <a href=\"https://auto.example/\">https://auto.example/</a></p>\n"),
        ("T\n\nتعليق:\nنص", "<h2>تعليق</h2>\n<p>نص</p>\n"),
        ("T\n\nA sentence that ends with a colon but is long:", "<p>A sentence that ends with a colon but is long:</p>\n"),
    ])
    func markdownSnippets(_ source: String, _ html: String) throws {
        let item = try ArticleFileParser.parse(Data(source.utf8), fileName: "snippet.md")
        #expect((item.contentHTML ?? "") + "\n" == html, "\(source)")
    }

    @Test func emptyAndBinaryFilesAreRefused() {
        #expect(throws: FeedParseError.unreadableArticle(fileName: "e.txt", reason: "the file is empty")) {
            try ArticleFileParser.parse(Data(" \n\n ".utf8), fileName: "e.txt")
        }
        #expect(throws: FeedParseError.self) { try ArticleFileParser.parse(Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 1]), fileName: "x.md") }
    }
}
