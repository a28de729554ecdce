import Testing
import TextSafety

/// Titles, names and URLs (the sanitizer policy in Docs/Decisions.md) and what is written outside ncurses.
@Suite struct SanitizerFieldTests {
    @Test(arguments: [
        ("  Breaking:\tnews \n today  ", "Breaking: news today"),
        ("invoice_\u{202E}fdp.exe", "invoice_fdp.exe"),
        ("a\u{2067}b\u{2069}c\u{200F}d\u{200E}e\u{61C}f", "abcdef"),
        ("\u{202B}عنوان\u{202C}", "عنوان"),
        ("line\r\nbreaks\u{2028}here", "line breaks here"),
        ("\u{1B}]0;owned\u{7}Title", "Title"),
        ("a\u{A0}\u{A0}b", "a b"),
        ("مرحبا بالعالم", "مرحبا بالعالم"),
        ("", ""),
    ])
    func field(_ input: String, _ expected: String) {
        #expect(Sanitizer.sanitizeField(input) == expected)
    }

    @Test func fieldKeepsJoinersEmojiNeeds() {
        #expect(Sanitizer.sanitizeField("👨‍👩‍👧") == "👨‍👩‍👧")
        #expect(Sanitizer.sanitizeField("می‌خواهم") == "می‌خواهم")
    }

    @Test(arguments: [
        ("Title\u{1B}\\ injected", "Title injected"),
        ("a\u{9C}b\u{7}c", "abc"),
        ("x\u{2060}y\u{FEFF}z\u{AD}w", "xyzw"),
        ("👨‍👩‍👧", "👨‍👩‍👧"),
        ("\u{202E}gnp.exe", "gnp.exe"),
    ])
    func terminalSafe(_ input: String, _ expected: String) {
        #expect(Sanitizer.terminalSafe(input) == expected)
    }

    @Test(arguments: [
        ("https://example.org/a?b=c", "https://example.org/a?b=c"),
        ("HTTP://example.org/", "HTTP://example.org/"),
        ("https://example.org/مقال", "https://example.org/%D9%85%D9%82%D8%A7%D9%84"),
        ("https://example.org/\u{1B}]8;;x\u{7}", "https://example.org/"),
        ("https://ex.org/a\\b", "https://ex.org/a%5Cb"),
    ])
    func terminalSafeURL(_ input: String, _ expected: String) {
        #expect(Sanitizer.terminalSafeURL(input) == expected)
    }

    @Test(arguments: ["javascript:alert(1)", "file:///etc/passwd", "ftp://example.org", "", "example.org"])
    func nonWebURLsAreNotLinked(_ input: String) {
        #expect(Sanitizer.terminalSafeURL(input) == nil)
    }
}

/// The pairing rule on its own, as the layout engine uses it per run.
@Suite struct BidiControlBalancingTests {
    @Test(arguments: [
        ("a\u{2067}b\u{2069}c", "a\u{2067}b\u{2069}c"),
        ("a\u{2067}b", "ab"),
        ("\u{202E}x\u{202C}\u{202C}", "\u{202E}x\u{202C}"),
        ("plain", "plain"),
        ("\u{2066}\u{2067}x\u{2069}", "\u{2067}x\u{2069}"),
    ])
    func balance(_ input: String, _ expected: String) {
        #expect(Sanitizer.balanceBidiControls(input) == expected)
    }

    @Test func positionsAreReportedInOrder() {
        let scalars: [UInt32] = [0x2069, 0x61, 0x202E, 0x62, 0x2067, 0x63]
        #expect(BidiControlBalancer.unmatchedPositions(in: scalars) == [0, 2, 4])
    }
}
