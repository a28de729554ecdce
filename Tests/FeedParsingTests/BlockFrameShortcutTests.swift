import NewsModel
import Testing

@testable import FeedParsing
import TestSupport

/// `BlockFrame.appendText` slices clean text nodes instead of collapsing them byte by byte;
/// both must leave the same runs, spaces and state behind for any sequence of calls.
@Suite struct BlockFrameShortcutTests {
    static let pieces = [
        "word", "two words", " lead", "trail ", "  both  ", "a  b", "tab\there", "line\nbreak", "\r\n", " ", "",
        "\u{C}", "مرحبا بالعالم", " 新聞 ", "é\u{301}", " \u{301}x", "\u{301} ", "x \t y", "end.\n",
    ]
    static let states = [
        InlineState(), InlineState(style: .bold), InlineState(link: 1), InlineState(link: 2),
        InlineState(isolate: .rightToLeft), InlineState(style: .italic, link: 1),
    ]

    @Test func shortcutMatchesByteByByteCollapsing() {
        var random = SeededGenerator(seed: 0x4652_414D_45)
        for _ in 0..<3_000 {
            var fast = BlockFrame()
            var reference = BlockFrame()
            for _ in 0..<Int(random.next() % 12) {
                let state = Self.states[Int(random.next() % UInt64(Self.states.count))]
                switch random.next() % 8 {
                case 0:
                    fast.appendLineBreak(state: state)
                    reference.appendLineBreak(state: state)
                case 1:
                    fast.softBreak()
                    reference.softBreak()
                case 2:
                    fast.appendLiteral("[image]", state: state)
                    reference.appendLiteral("[image]", state: state)
                case 3:
                    fast.flushParagraph()
                    reference.flushParagraph()
                default:
                    var text = ""
                    for _ in 0..<Int(random.next() % 4) { text += Self.pieces[Int(random.next() % UInt64(Self.pieces.count))] }
                    fast.appendText(text, state: state)
                    reference.appendCollapsing(text, state: state)
                }
                #expect(fast.inlines == reference.inlines)
            }
            fast.flushParagraph()
            reference.flushParagraph()
            #expect(fast.blocks == reference.blocks)
        }
    }
}

