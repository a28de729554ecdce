import FeedParsing
import Foundation
import NewsModel
import Testing

struct HTMLConverterTests {
    static let base = URL(string: "https://site.example/a/b.html")

    @Test func kitchenSinkBecomesBlocks() throws {
        let html = String(decoding: try Fixture.data("html-kitchen-sink.html"), as: UTF8.self)
        let document = HTMLConverter.document(fromHTML: html, baseURL: Self.base)
        #expect(DocumentOutline.lines(document) == [
            "H2 Heading /two/",
            "P First paragraph with *bold*, /italic/, _under_, ~struck~, `code`, x^2, H,2O, “quoted”, abbr:HTML and a link[1].",
            "P Second⏎line & same link[1] and another[2].A picture[3]",
            "QUOTE",
            "  P Quoted block",
            "UL",
            "  LI",
            "    P one",
            "  LI",
            "    P two",
            "    OL start=3",
            "      LI",
            "        P three",
            "      LI",
            "        P four",
            "DL",
            "  DT Term",
            "  DD P Definition",
            "PRE   keep⏎    spaces",
            "HR",
            "TABLE Scores",
            "  | #Team | #Points",
            "  | Red | 3",
            "FIGURE The caption",
            "  P Figure image[4]",
            "P {rtl ar} نص عربي مع ⟨auto:English⟩ و ⟨ltr:ltr span⟩ و ⟨rtl:bdo⟩",
            "P English with ⟨rtl:עברית⟩ inside.",
        ])
        #expect(document.links == [
            "https://site.example/one", "https://other.example/two", "https://site.example/pic.png",
            "https://site.example/fig.png",
        ])
    }

    @Test(arguments: [
        ("<p>a <b>b</b> <i>c</i></p>", ["P a *b* /c/"]),
        ("<p>  lead and trail  </p>", ["P lead and trail"]),
        ("<p>one\n   two\tthree</p>", ["P one two three"]),
        ("text <p>para</p> tail", ["P text", "P para", "P tail"]),
        ("<p>unclosed <b>bold<p>next", ["P unclosed *bold*", "P next"]),
        ("<ol start=\"5\"><li>five</ol>", ["OL start=5", "  LI", "    P five"]),
        ("<p>x<script>alert(1)</script>y<style>p{}</style></p>", ["P xy"]),
        ("<p>&eacute;&nbsp;&apos;&hellip;&#x41;&#150;</p>", ["P é\u{A0}'…A–"]),
        ("<h1>T<br>U</h1>", ["H1 T⏎U"]),
        ("<a href=\"javascript:alert(1)\">js</a>", ["P js"]),
        ("<a href=\"#frag\">f</a>", ["P f"]),
        ("<img src=\"x.png\">", ["P [image][1]"]),
        ("<p dir=\"auto\">x</p>", ["P {auto} x"]),
        ("<table><tr><td><p>layout</p></td></tr><tr><td>table</td></tr></table>", ["P layout", "P table"]),
        ("<div lang=\"fa\"><p>فارسی</p></div>", ["P {fa} فارسی"]),
        ("<pre>\ncode\n  indented\n</pre>", ["PRE code⏎  indented"]),
        ("", []),
        ("<p></p><div>  </div>", []),
    ])
    func convertsSnippets(_ html: String, _ expected: [String]) {
        let document = HTMLConverter.document(fromHTML: html, baseURL: Self.base)
        #expect(DocumentOutline.lines(document) == expected, "\(html)")
    }

    @Test func decodedControlsAreSanitized() {
        let document = HTMLConverter.document(fromHTML: "<p>a&#x1B;[31mb \u{1B}c &#x85;d</p><pre>x&#7;y</pre><img alt=\"q&#x1B;r\" src=\"/i\">")
        let text = DocumentOutline.lines(document).joined()
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value <= 0x9F) })
    }

    @Test func feedLanguageAppliesWhenMarkupNamesNone() {
        let document = HTMLConverter.document(fromHTML: "<p>مرحبا</p>", language: "ar")
        #expect(DocumentOutline.lines(document) == ["P {ar} مرحبا"])
    }

    @Test func plainTextForSearchAndSummaries() {
        #expect(HTMLConverter.plainText(fromHTML: "<p>A &amp; B</p><p>C<br>D</p>") == "A & B\nC\nD")
        #expect(HTMLConverter.plainText(fromHTML: "x <script>no</script><style>no</style>y") == "x y")
        #expect(HTMLConverter.plainText(fromHTML: "5 < 6 &copy 2024 &unknown; &#x1F600;") == "5 < 6 © 2024 &unknown; 😀")
        #expect(HTMLConverter.plainText(fromHTML: "<!-- hidden --><img alt=\"alt text\">") == "alt text")
        #expect(HTMLConverter.plainText(fromHTML: "<p>وَعَدَ</p>") == "وَعَدَ")
    }

    @Test func brokenHTMLNeverFails() {
        for html in ["<", "<<<>>>", "<p", "</p></div></span>", "<table><td>x", "&#99999999999;", "<a href='", "<![CDATA[x"] {
            _ = HTMLConverter.document(fromHTML: html)
            _ = HTMLConverter.plainText(fromHTML: html)
        }
    }
}
