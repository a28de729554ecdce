import Testing

@testable import NewsStore

/// The per-token fold of DESIGN §6, on tokens as unicode61 hands them over (already lowercased).
@Suite struct SearchFoldingTests {
    static let cases: [(String, String)] = [
        ("hello", "hello"),
        ("وَعَدَ", "وعد"),
        ("اللَّهُ", "الله"),
        ("الرَّحْمَٰنِ", "الرحمن"),
        ("آمَنُوا", "امنوا"),
        ("أخبار", "اخبار"),
        ("إسلام", "اسلام"),
        ("ٱلْحَمْدُ", "الحمد"),
        ("مستشفى", "مستشفي"),
        ("مدرسة", "مدرسه"),
        ("جمـــيل", "جميل"),
        ("کتاب", "كتاب"),
        ("فارسی", "فارسي"),
        ("בְּרֵאשִׁ֖ית", "בראשית"),
        ("כִּי", "כי"),
        ("e\u{301}te\u{301}", "ete"),
        ("新聞", "新聞"),
        ("😀", "😀"),
        ("\u{64E}\u{650}", ""),
    ]

    @Test(arguments: cases)
    func fold(_ token: String, _ expected: String) {
        #expect(SearchFolding.fold(token) == expected)
    }
}
