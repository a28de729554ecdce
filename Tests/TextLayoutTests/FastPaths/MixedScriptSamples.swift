import TestSupport

/// Random mixed-script text for the differential tests: pieces of every bidi class and of the
/// characters the fast paths treat specially (marks, brackets, numbers, explicit controls,
/// isolates, emoji sequences, tabs and line feeds).
enum MixedScriptSamples {
    static let pieces: [String] = [
        "the", "quick", "fox", " ", " ", "  ", ",", ".", ":", "-", "+", "$", "%", "#", "'", "\"", "“", "”", "«", "»",
        "(", ")", "[", "]", "{", "}", "<", ">", "﴿", "﴾", "3", "42", "3.14", "1,000", "-5", "e\u{301}", "a\u{0308}\u{0301}",
        "كتاب", "اللَّهُ", "لا", "ال", "١٢٣", "۱۴۰۳", "٪", "،", "שָׁלוֹם", "עברית", "ܐܒ", "ހ", "東京", "天気。", "한국어",
        "👨‍👩‍👧", "🇯🇵", "❤️", "👍🏽", "1️⃣", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{202A}", "\u{202B}", "\u{202C}",
        "\u{202D}", "\u{202E}", "\u{200E}", "\u{200F}", "\u{061C}", "\u{200D}", "\u{00AD}", "\t", "\n", "\u{2028}", "\u{0301}",
        "\u{05B0}", "\u{064B}", "\u{FFFF}", "\u{E0100}", "\u{0600}", "\u{10FFFD}", "—", "…", "!", "?", "/", "\u{00A0}",
        "ـ", "بـ", "\u{200C}", "ߊߋ", "ﻻ", "لأ", "پژوهش", "ک\u{200D}", "\u{0001}",
    ]

    static func text(_ random: inout SeededGenerator, maxPieces: Int = 24) -> String {
        var text = ""
        for _ in 0..<random.below(maxPieces + 1) { text += random.pick(pieces) }
        return text
    }
}
