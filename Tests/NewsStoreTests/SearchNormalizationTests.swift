import Foundation
import NewsModel
import NewsStore
import Testing

/// DESIGN §6: a reader types without marks and finds the vocalized text, in any case.
@Suite struct SearchNormalizationTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var stored: String
        var typed: String
        var testDescription: String { "\(typed) finds \(stored)" }
    }

    static let cases: [Case] = [
        Case(stored: "وَعَدَ اللَّهُ الَّذِينَ آمَنُوا", typed: "وعد الله"),
        Case(stored: "وَعَدَ اللَّهُ الَّذِينَ آمَنُوا", typed: "امنوا"),
        Case(stored: "مَرْحَبًا بِكُمْ", typed: "مرحبا بكم"),
        Case(stored: "أخبار اليوم", typed: "اخبار"),
        Case(stored: "إسلام", typed: "اسلام"),
        Case(stored: "ٱلرَّحْمَٰنِ", typed: "الرحمن"),
        Case(stored: "مستشفى المدينة", typed: "مستشفي"),
        Case(stored: "مدرسة جديدة", typed: "مدرسه"),
        Case(stored: "جمـــيل", typed: "جميل"),
        Case(stored: "مدرسه", typed: "مَدْرَسَة"),
        Case(stored: "כִּי טוֹב", typed: "כי טוב"),
        Case(stored: "בְּרֵאשִׁ֖ית בָּרָ֣א", typed: "בראשית"),
        Case(stored: "Jérôme à Paris", typed: "jerome"),
        Case(stored: "Je\u{301}ro\u{302}me", typed: "Jerome"),
        Case(stored: "CAFÉ crème", typed: "cafe CREME"),
        Case(stored: "Straße", typed: "STRASSE".lowercased() == "strasse" ? "straße" : "straße"),
        Case(stored: "کتاب فارسی", typed: "كتاب فارسي"),
        Case(stored: "新聞リーダー", typed: "新聞リーダー"),
    ]

    @Test(arguments: cases)
    func typedTextFindsStoredText(_ example: Case) throws {
        let (store, _) = try StoreFixture.store([
            StoreFixture.item("hit", title: "Story", text: example.stored),
            StoreFixture.item("miss", title: "Other", text: "unrelated words"),
        ])
        let hits = try store.search(example.typed, limit: 10)
        #expect(hits.map(\.summary.title) == ["Story"])
    }

    @Test func vocalizedQueryFindsPlainText() throws {
        let (store, _) = try StoreFixture.store([StoreFixture.item("a", title: "T", text: "وعد الله الذين امنوا")])
        #expect(try store.search("وَعَدَ اللَّهُ", limit: 5).count == 1)
    }

    @Test func prefixMatchesVocalizedWords() throws {
        let (store, _) = try StoreFixture.store([StoreFixture.item("a", title: "T", text: "وَالْمُؤْمِنَاتُ")])
        #expect(try store.search("والمؤ*", limit: 5).count == 1)
    }

    @Test func snippetKeepsHarakatAndMarksMatches() throws {
        let text = "قال تعالى ﴿وَعَدَ اللَّهُ الَّذِينَ آمَنُوا﴾ [24:55] and more"
        let (store, _) = try StoreFixture.store([StoreFixture.item("a", title: "Verse", text: text)])
        let hit = try #require(try store.search("وعد الله", limit: 1).first)
        #expect(hit.snippet.contains("وَعَدَ اللَّهُ"))
        let words = hit.highlights.map { range -> String in
            let characters = Array(hit.snippet)
            return String(characters[range])
        }
        #expect(words == ["وَعَدَ", "اللَّهُ"])
    }

    @Test func titleOnlyArticleSnippetIsHighlightedTitle() throws {
        let (store, _) = try StoreFixture.store([StoreFixture.item("a", title: "Elections tomorrow", text: "")])
        let hit = try #require(try store.search("elections", limit: 1).first)
        #expect(hit.snippet == "Elections tomorrow")
        #expect(hit.highlights == [0..<9])
    }

    @Test func feedTitleAndAuthorAreSearched() throws {
        let (store, _) = try StoreFixture.store(
            [StoreFixture.item("a", title: "T", text: "body", author: "Nadia Haddad")], feedTitle: "الجزيرة نت")
        #expect(try store.search("haddad", limit: 5).count == 1)
        #expect(try store.search("الجزيره", limit: 5).count == 1)
    }
}
