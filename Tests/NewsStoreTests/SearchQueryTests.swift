import Foundation
import NewsModel
import Testing

@testable import NewsStore

/// The query language of DESIGN §6, against a small collection.
@Suite struct SearchQueryTests {
    static let collection: [IncomingArticle] = [
        StoreFixture.item(
            "1", title: "Election results", text: "The vote count in the capital", published: StoreFixture.day(1)),
        StoreFixture.item(
            "2", title: "Football final", text: "The capital city celebrates the vote of fans",
            published: StoreFixture.day(2)),
        StoreFixture.item(
            "3", title: "Weather", text: "Rain in the capital city tomorrow", published: StoreFixture.day(3)),
        StoreFixture.item("4", title: "Elephants", text: "A herd crossed the river", published: StoreFixture.day(4)),
    ]

    static let cases: [(String, [String])] = [
        ("capital", ["1", "2", "3"]),
        ("capital city", ["2", "3"]),
        ("\"capital city\"", ["2", "3"]),
        ("\"city capital\"", []),
        ("ele*", ["1", "4"]),
        ("capital -rain", ["1", "2"]),
        ("capital -\"vote count\"", ["2", "3"]),
        ("rain OR herd", ["3", "4"]),
        ("rain OR herd capital", ["3"]),
        ("-capital", ["4"]),
        ("after:2023-11-17", ["3", "4"]),
        ("before:2023-11-17", ["1", "2"]),
        ("capital after:2023-11-16 before:2023-11-18", ["2", "3"]),
        ("feed:example", ["1", "2", "3", "4"]),
        ("feed:nowhere", []),
        ("tag:news herd", ["4"]),
        ("tag:sport", []),
        // FTS5 syntax in user text is only ever words.
        ("title:weather", []),
        ("capital NEAR rain", []),
        ("rain AND", []),
        ("(vote) {capital}", ["1", "2"]),
        ("vote\u{0}capital", ["1", "2"]),
        ("vote^ + :capital", ["1", "2"]),
        // A word of nothing but marks or tatweel is no word at all.
        ("\u{640} capital -\u{64E}", ["1", "2", "3"]),
    ]

    @Test(arguments: cases)
    func query(_ text: String, finds guids: [String]) throws {
        let (store, _) = try StoreFixture.store(Self.collection)
        let titles = try store.search(text, limit: 20).map(\.summary.link)
        #expect(Set(titles) == Set(guids.map { "https://example.org/\($0)" }))
    }

    @Test func stateFilters() throws {
        let (store, _) = try StoreFixture.store(Self.collection)
        let weather = try #require(try store.search("weather", limit: 1).first?.summary.id)
        try store.setRead([weather], true)
        try store.setBookmarked([weather], true)
        #expect(try store.search("capital is:unread", limit: 9).count == 2)
        #expect(try store.search("is:read", limit: 9).map(\.summary.id) == [weather])
        #expect(try store.search("is:bookmarked", limit: 9).map(\.summary.id) == [weather])
    }

    @Test func titleMatchesRankFirst() throws {
        let (store, _) = try StoreFixture.store([
            StoreFixture.item("body", title: "Misc", text: "notes about weather and other weather things"),
            StoreFixture.item("title", title: "Weather", text: "rain"),
        ])
        #expect(try store.search("weather", limit: 2).map(\.summary.title) == ["Weather", "Misc"])
    }

    @Test func pagingWalksResults() throws {
        let items = (1...7).map { StoreFixture.item("p\($0)", title: "Item", text: "shared word") }
        let (store, _) = try StoreFixture.store(items)
        let first = try store.search("shared", limit: 3)
        let second = try store.search("shared", limit: 3, offset: 3)
        let third = try store.search("shared", limit: 3, offset: 6)
        #expect(first.count == 3 && second.count == 3 && third.count == 1)
        #expect(Set((first + second + third).map(\.summary.id)).count == 7)
    }

    static let malformed: [(String, String)] = [
        ("", "nothing to search for"),
        ("   ", "nothing to search for"),
        ("\"unclosed phrase", "quote"),
        ("OR capital", "OR"),
        ("capital OR", "OR"),
        ("capital OR OR rain", "OR"),
        ("capital OR -rain", "OR"),
        ("is:later", "is:"),
        ("after:yesterday", "after:"),
        ("before:2024-02-30", "before:"),
        ("feed:", "feed:"),
        ("!!! ...", "nothing to search for"),
        ("\u{0}\t\n", "nothing to search for"),
        (Array(repeating: "word", count: 65).joined(separator: " "), "too many words"),
    ]

    @Test(arguments: malformed)
    func malformedQueryIsInvalid(_ text: String, mentioning word: String) throws {
        let store = try NewsStore.inMemory()
        do {
            _ = try store.search(text, limit: 5)
            Issue.record("expected an invalid query error for \(text)")
        } catch {
            guard case .invalidQuery(let message) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(message.contains(word))
            #expect(!message.contains("\n"))
            #expect(!message.lowercased().contains("sqlite"))
            #expect(!message.lowercased().contains("fts5"))
        }
    }

    @Test func expressionQuotesEveryToken() throws {
        let query = try SearchQueryParser.parse("a\"b c* OR d -e")
        #expect(FTS5Expression.positive(query) == "(\"a\"\"b\" AND (\"c\" * OR \"d\")) NOT \"e\"")
    }

    @Test func quotedFilterValue() throws {
        let query = try SearchQueryParser.parse("feed:\"Al Jazeera\" tag:world is:unread")
        #expect(query.feeds == ["Al Jazeera"])
        #expect(query.tags == ["world"])
        #expect(query.isRead == false)
        #expect(!query.hasTextTerms)
    }
}
