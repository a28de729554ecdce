import NewsModel
import TerminalUI
import Testing

@testable import NewsApp

@Suite struct SearchUpdateTests {
    @Test func typingEditsTheQueryAndSearchesLive() {
        var state = ReaderFixtures.state()
        #expect(state.update(.key(.character("/"))).isEmpty)
        #expect(state.focus == .search)
        #expect(state.update(.key(.character("و"))) == [.search("و")])
        #expect(state.update(.key(.character("ع"))) == [.search("وع")])
        #expect(state.update(.key(.character("j"))) == [.search("وعj")])
        #expect(state.update(.key(.backspace)) == [.search("وع")])
        #expect(state.search?.query == "وع")
    }

    @Test func letterKeysTypeInsteadOfActing() {
        var state = ReaderFixtures.state()
        _ = state.update(.key(.character("/")))
        #expect(state.update(.key(.character("q"))) == [.search("q")])
        #expect(state.update(.key(.character("Q"))) == [.search("qQ")])
        #expect(!state.isQuitting)
    }

    @Test func resultsForAnOlderQueryAreDropped() {
        var state = ReaderFixtures.state()
        _ = state.update(.key(.character("/")))
        _ = state.update(.key(.character("a")))
        _ = state.update(.key(.character("b")))
        let hit = SearchResult(summary: ReaderFixtures.allArticles[0], snippet: "about", highlights: [0..<2])
        _ = state.update(.searchResults(query: "a", results: [hit]))
        #expect(state.search?.results.isEmpty == true)
        _ = state.update(.searchResults(query: "ab", results: [hit]))
        #expect(state.search?.results == [hit])
    }

    @Test func malformedQueryShowsItsError() {
        var state = ReaderFixtures.state()
        _ = state.update(.key(.character("/")))
        _ = state.update(.key(.character("\"")))
        _ = state.update(.searchFailed(query: "\"", message: "unterminated phrase"))
        #expect(state.search?.error == "unterminated phrase")
    }

    @Test func enterOpensAResultAndBackReturnsToTheSearch() {
        var state = ReaderFixtures.state()
        _ = state.update(.key(.character("/")))
        _ = state.update(.key(.character("x")))
        let hits = ReaderFixtures.allArticles.prefix(2).map { SearchResult(summary: $0, snippet: $0.title) }
        _ = state.update(.searchResults(query: "x", results: Array(hits)))
        _ = state.update(.key(.down))
        #expect(state.update(.key(.enter)) == [.loadArticle(ArticleID(12))])
        #expect(state.focus == .article)
        _ = state.update(.key(.character("h")))
        #expect(state.focus == .search)
        _ = state.update(.key(.escape))
        #expect(state.focus == .list)
    }

    @Test func emptyQueryClearsResultsWithoutSearching() {
        var state = ReaderFixtures.state()
        _ = state.update(.key(.character("/")))
        _ = state.update(.key(.character("a")))
        #expect(state.update(.key(.backspace)).isEmpty)
        #expect(state.search?.results.isEmpty == true)
    }
}
