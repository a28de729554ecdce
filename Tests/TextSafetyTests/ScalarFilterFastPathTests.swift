import Testing
@testable import TextSafety

/// The fast path must agree with the Unicode properties it skips: every scalar it calls a letter
/// is assigned and neither a mark nor a format character, and every mark it knows is a nonspacing mark.
@Suite struct ScalarFilterFastPathTests {
    @Test func commonLettersAreAssignedNonMarkNonFormat() {
        for value in UInt32(0x300)...0xFFFF where ScalarFilter.isCommonLetter(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let category = scalar.properties.generalCategory
            #expect(![.unassigned, .nonspacingMark, .enclosingMark, .format, .surrogate].contains(category), "U+\(String(value, radix: 16))")
            #expect(!scalar.properties.isNoncharacterCodePoint)
        }
    }

    @Test func commonMarksAreNonspacing() {
        for value in UInt32(0x300)...0xFFFF where ScalarFilter.isCommonMark(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.properties.generalCategory == .nonspacingMark, "U+\(String(value, radix: 16))")
        }
    }

    @Test func fastPathStillCapsMarksPerLetter() {
        let zalgo = "ب" + String(repeating: "\u{064E}", count: 10)
        #expect(Sanitizer.sanitize(zalgo).unicodeScalars.count == 5)
    }
}

/// Text the unchanged-text shortcut of `sanitize` accepts must be exactly what the full filter returns.
@Suite struct CleanTextShortcutTests {
    @Test(arguments: [
        "Plain English, with “quotes” — and an ellipsis…",
        "وَعَدَ اللَّهُ الَّذِينَ آمَنُوا ١٢٣",
        "בְּרֵאשִׁית בָּרָא אֱלֹהִים",
        "کتاب ۱۴۰۳ پچژگ",
        "新聞リーダー 한국어 café naïve",
        "line one\nline\ttwo",
        "soft\u{AD}hyphen",  // kept in bodies; only text sent outside ncurses drops it
    ])
    func shortcutAgreesWithTheFilter(text: String) {
        #expect(Sanitizer.isUnchanged(text, mode: .body))
        var filter = ScalarFilter(mode: .body)
        #expect(String(String.UnicodeScalarView(filter.run(text.unicodeScalars))) == text)
    }

    @Test(arguments: ["a\u{1B}[31mb", "x\u{202E}y", "ب" + String(repeating: "\u{064E}", count: 5), "non\u{FFFF}character", "cr\r\n"])
    func shortcutRefusesWhatTheFilterChanges(text: String) {
        #expect(!Sanitizer.isUnchanged(text, mode: .body))
    }
}
