import Foundation
import Testing

@testable import FeedParsing

/// The link rewriter rebuilds a body from slices of itself; text around each rewritten value,
/// combining marks and other scripts included, must come out byte for byte.
@Suite struct LinkRewriterSliceTests {
    static let base = URL(string: "https://news.example.org/section/page.html")!

    @Test(arguments: [
        ("<p>\u{301}é<a href=\"", "/story/1", "\">\u{301}link</a>\u{301}</p>"),
        ("<img alt=\"مرحبا\" src='", "images/a b.jpg", "'>👩‍💻"),
        ("text\u{301} <a href=", "/x?q=1&amp;r=2", ">x</a> 新聞"),
        ("<a href=\"", "/\u{301}mark", "\">é\u{301}</a>"),
    ])
    func surroundingTextIsKept(before: String, value: String, after: String) {
        let decoded = value.contains("&") ? HTMLText.plainText(value) : value
        var cache = RelativeLinkCache(base: Self.base)
        let resolved = cache.resolve(decoded)!
        let expected = before + MarkupEscaping.escaped(resolved, escaping: [.quote, .apostrophe]) + after
        let output = HTMLLinkRewriter.absolutized(before + value + after, base: Self.base)
        #expect(Array(output.utf8) == Array(expected.utf8))
    }
}
