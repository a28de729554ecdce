import NewsModel
import TerminalUI
import Testing

@testable import NewsApp

/// The reader drawn into a buffer and compared with files under Snapshots/ (STYLE.md: 80×24,
/// 40×12, wide, right-to-left content).
@Suite struct ScreenSnapshotTests {
    @Test func sourcesAt80x24() {
        assertSnapshot(render(ReaderFixtures.state()), named: "sources-80x24")
    }

    @Test func selectedFeedShowsItsLastError() {
        var state = ReaderFixtures.state()
        _ = state.update(.key(.character("G")))
        let buffer = render(state)
        #expect(buffer.textLines()[23].contains(": HTTP 404"))
        #expect(buffer.styleRuns().contains { $0.row == 23 && $0.style.foreground == .red })
    }

    @Test func loadingBeforeSourcesArrive() {
        let state = AppState(size: Size(width: 80, height: 24), settings: ReaderFixtures.settings, now: ReaderFixtures.now)
        assertSnapshot(render(state), named: "loading-80x24")
    }

    @Test func articleListAt80x24() {
        assertSnapshot(render(ReaderFixtures.worldListState()), named: "article-list-80x24")
    }

    @Test func allArticlesShowFeedColumn() {
        var state = ReaderFixtures.state()
        _ = state.update(.key(.enter))
        _ = state.update(.articlesLoaded(.all, offset: 0, items: ReaderFixtures.allArticles, isComplete: true))
        assertSnapshot(render(state), named: "all-articles-80x24")
    }

    @Test func articleAt80x24() {
        assertSnapshot(render(ReaderFixtures.openArticleState()), named: "article-80x24")
    }

    @Test func articleAt40x12() {
        assertSnapshot(render(ReaderFixtures.openArticleState(size: Size(width: 40, height: 12))), named: "article-40x12")
    }

    @Test func sourcesAt40x12() {
        assertSnapshot(render(ReaderFixtures.state(size: Size(width: 40, height: 12))), named: "sources-40x12")
    }

    @Test func sideBySideAt120x40() {
        assertSnapshot(render(ReaderFixtures.openArticleState(size: Size(width: 120, height: 40))), named: "article-120x40")
    }

    @Test func rightToLeftArticle() {
        var state = ReaderFixtures.state()
        _ = state.update(.key(.enter))
        _ = state.update(.articlesLoaded(.all, offset: 0, items: ReaderFixtures.allArticles, isComplete: true))
        for _ in 0..<3 { _ = state.update(.key(.down)) }
        _ = state.update(.key(.enter))
        _ = state.update(.articleLoaded(ReaderFixtures.article(ReaderFixtures.allArticles[3]), ReaderFixtures.arabicDocument))
        assertSnapshot(render(state), named: "article-rtl-80x24")
    }

    @Test func searchWithHighlightedSnippets() {
        var state = ReaderFixtures.state()
        _ = state.update(.key(.character("/")))
        for character in "ferry" { _ = state.update(.key(.character(character))) }
        let hit = SearchResult(
            summary: ReaderFixtures.worldArticles[0], snippet: "The ferry Marigold is back in service", highlights: [4..<9])
        _ = state.update(.searchResults(query: "ferry", results: [hit]))
        assertSnapshot(render(state), named: "search-80x24")
    }

    @Test func helpOverlay() {
        var state = ReaderFixtures.state()
        _ = state.update(.key(.character("?")))
        assertSnapshot(render(state), named: "help-80x24")
    }

    @Test func helpOverlayAt40x12() {
        var state = ReaderFixtures.state(size: Size(width: 40, height: 12))
        _ = state.update(.key(.character("?")))
        assertSnapshot(render(state), named: "help-40x12")
    }

    /// At 40×12 the key list is taller than the box: movement keys scroll it, others close it.
    @Test func helpScrollsWhenTallerThanTheScreen() {
        var state = ReaderFixtures.state(size: Size(width: 40, height: 12))
        _ = state.update(.key(.character("?")))
        _ = state.update(.key(.character("G")))
        assertSnapshot(render(state), named: "help-40x12-bottom")
        #expect(state.isHelpVisible)
        _ = state.update(.key(.character("k")))
        #expect(state.helpScroll == HelpOverlay.maximumScroll(keymap: state.keymap, area: Rect(x: 0, y: 1, width: 40, height: 10)) - 1)
        _ = state.update(.key(.character("g")))
        #expect(state.helpScroll == 0)
        _ = state.update(.key(.escape))
        #expect(!state.isHelpVisible)
        _ = state.update(.key(.character("?")))
        #expect(state.helpScroll == 0)
    }

    @Test func tooSmallTerminal() {
        assertSnapshot(render(ReaderFixtures.state(size: Size(width: 30, height: 8))), named: "too-small-30x8")
    }

    @Test(arguments: [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 40, height: 12), Size(width: 39, height: 30)])
    func tinySizesNeverCrash(size: Size) {
        let buffer = render(ReaderFixtures.openArticleState(size: size))
        #expect(buffer.size == size)
    }
}
