import Foundation
import NewsModel
import Testing

@testable import NewsStore

/// A page of results is ranked by one query and its snippets computed by another; each hit must
/// keep its own snippet and the ranked order, with and without filters, on every page.
@Suite struct SearchPageTests {
    /// Thirty articles sharing a word, each with a word of its own; every third has the shared
    /// word in its title too, so ranking differs from date order.
    static func store() throws -> NewsStore {
        let items = (1...30).map { n in
            StoreFixture.item(
                "p\(n)", title: n % 3 == 0 ? "Harbour \(n)" : "Item \(n)",
                text: "harbour news and the word own\(n) of article \(n)", published: StoreFixture.day(n))
        }
        return try StoreFixture.store(items).0
    }

    @Test(arguments: ["harbour", "harbour is:unread", "harbour -nothing"])
    func eachHitKeepsItsOwnSnippetInRankOrder(_ query: String) throws {
        let store = try Self.store()
        var seen: [String] = []
        for offset in stride(from: 0, to: 30, by: 7) {
            for hit in try store.search(query, limit: 7, offset: offset) {
                let number = hit.summary.title.split(separator: " ").last.map(String.init) ?? ""
                #expect(hit.snippet.contains("own\(number) "))
                #expect(!hit.highlights.isEmpty)
                seen.append(hit.summary.title)
            }
        }
        #expect(seen.count == 30)
        #expect(Set(seen).count == 30)
        // Titles with the word rank first (bm25, title weighted up), newest first among equals.
        let titled = seen.prefix(10)
        #expect(titled.allSatisfy { $0.hasPrefix("Harbour") })
        #expect(Array(titled) == (1...10).map { "Harbour \(33 - 3 * $0)" })
    }
}
