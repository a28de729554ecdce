import Testing

@testable import FeedParsing

/// The rewriter skips text eight bytes at a time; a reference or markup at any offset of a
/// long run must be rewritten exactly as it is on its own.
@Suite struct EntityRewriterScanTests {
    @Test(arguments: ["&eacute;", "AT&T", "&#150;", "&amp;", "<![CDATA[&eacute;]]>", "<!-- &x -->", "<b>&nbsp;</b>",
        "<![CDATA[a]b]]c&x;]]>&eacute;", "<!-- - -- &x --->&eacute;", "<![CDATA[never closed &eacute;"])
    func constructAtEveryOffset(input: String) {
        let alone = HTMLEntityRewriter.rewritten(Array(input.utf8))
        #expect(alone != Array(input.utf8) || input.hasPrefix("<!") || input == "&amp;")
        if input.hasSuffix("]]>&eacute;") || input.hasSuffix("--->&eacute;") { #expect(alone != Array(input.utf8)) }
        let run = "plain text without markup, long enough for several words"
        var mismatches: [Int] = []
        for offset in 0...run.utf8.count {
            let prefix = Array(run.utf8.prefix(offset))
            let suffix = Array(run.utf8.dropFirst(offset))
            if HTMLEntityRewriter.rewritten(prefix + Array(input.utf8) + suffix) != prefix + alone + suffix { mismatches.append(offset) }
        }
        #expect(mismatches.isEmpty)
    }
}
