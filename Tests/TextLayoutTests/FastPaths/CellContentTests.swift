import Testing
@testable import TextLayout

/// Cells with marks keep their scalars packed instead of in a String; what callers read (text,
/// equality, hashing) must not depend on the storage.
@Suite struct CellContentTests {
    @Test func packedMarksReadAsTheirString() {
        var content = CellContent.scalar("\u{0628}")
        var expected = "\u{0628}"
        for mark in ["\u{0650}", "\u{0651}", "\u{064B}", "\u{0670}", "\u{0301}", "\u{0302}"] as [Unicode.Scalar] {
            content = content.appending(mark)
            expected.unicodeScalars.append(mark)
            #expect(content.text == expected)
            #expect(content == .string(expected))
        }
    }

    @Test func cellsCompareAndHashByText() {
        var packed = LaidOutCell(text: "x", width: 1, sourceRange: 0..<2)
        packed.content = CellContent.scalar("e").appending("\u{0301}")
        let string = LaidOutCell(text: "e\u{0301}", width: 1, sourceRange: 0..<2)
        #expect(packed == string)
        #expect(Set([packed, string]).count == 1)
        #expect(packed.text == "e\u{0301}")
    }

    @Test func laidOutMarksMatchTheirSource() {
        let line = TextLayoutEngine.layout(StyledParagraph(plain: "اللَّهُ شَيْء"), options: LayoutOptions(width: 80, shapesArabic: false))
        let drawn = line.flatMap(\.cells).map(\.text).joined()
        #expect(Set(drawn.unicodeScalars) == Set("اللَّهُ شَيْء".unicodeScalars))
    }
}
