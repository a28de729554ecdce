import Testing

@testable import NewsStore

/// Highlight ranges are `Character` offsets in the cleaned snippet, so a reader can style whole
/// grapheme clusters (a letter with its harakat) without splitting them.
@Suite struct SnippetMarkersTests {
    @Test func rangesCountGraphemesNotScalars() {
        let (text, ranges) = SnippetMarkers.extract("قال \u{E000}وَعَدَ\u{E001} \u{E000}اللَّهُ\u{E001}")
        #expect(text == "قال وَعَدَ اللَّهُ")
        #expect(ranges == [4..<7, 8..<12])
    }

    @Test func whitespaceIsCollapsedAroundMarkers() {
        let (text, ranges) = SnippetMarkers.extract("  one\n\n\u{E000}two\u{E001}\tthree  ")
        #expect(text == "one two three")
        #expect(ranges == [4..<7])
    }

    @Test func unmatchedMarkersAreDropped() {
        let (text, ranges) = SnippetMarkers.extract("a\u{E001} b \u{E000}")
        #expect(text == "a b")
        #expect(ranges == [])
    }
}
