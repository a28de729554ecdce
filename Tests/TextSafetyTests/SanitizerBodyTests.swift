import Testing
import TextSafety

/// The body-text policy of the sanitizer policy in Docs/Decisions.md, one row per class of character.
@Suite struct SanitizerBodyTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var input: String
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "plain ASCII is untouched", input: "Hello, world.", expected: "Hello, world."),
        Case(name: "tab and line feed kept", input: "a\tb\nc", expected: "a\tb\nc"),
        Case(name: "CRLF becomes LF", input: "a\r\nb", expected: "a\nb"),
        Case(name: "lone CR becomes LF", input: "a\rb\r\rc", expected: "a\nb\n\nc"),
        Case(name: "NEL, LS and PS become LF", input: "a\u{85}b\u{2028}c\u{2029}d", expected: "a\nb\nc\nd"),
        Case(name: "C0 controls dropped", input: "a\u{0}b\u{7}c\u{8}d\u{1F}e", expected: "abcde"),
        Case(name: "DEL and C1 dropped", input: "a\u{7F}b\u{80}c\u{9A}d", expected: "abcd"),
        Case(name: "8-bit APC string removed", input: "a\u{9F}payload\u{9C}b", expected: "ab"),
        Case(name: "CSI colour sequence removed whole", input: "\u{1B}[31mred\u{1B}[0m", expected: "red"),
        Case(name: "CSI with private parameters", input: "x\u{1B}[?1049hy", expected: "xy"),
        Case(name: "8-bit CSI removed whole", input: "a\u{9B}2Jb", expected: "ab"),
        Case(name: "OSC title ended by BEL", input: "a\u{1B}]0;pwned\u{7}b", expected: "ab"),
        Case(name: "OSC 8 link ended by ST", input: "\u{1B}]8;;http://evil\u{1B}\\click\u{1B}]8;;\u{1B}\\", expected: "click"),
        Case(name: "8-bit OSC ended by 8-bit ST", input: "a\u{9D}52;c;aGk=\u{9C}b", expected: "ab"),
        Case(name: "DCS string removed", input: "a\u{1B}Pq#0;2;0;0;0\u{1B}\\b", expected: "ab"),
        Case(name: "unterminated OSC stops at the line end", input: "a\u{1B}]0;title\nnext", expected: "a\nnext"),
        Case(name: "single-character escapes", input: "a\u{1B}7b\u{1B}cc", expected: "abc"),
        Case(name: "charset designation (nF)", input: "a\u{1B}(0b", expected: "ab"),
        Case(name: "ESC at the very end", input: "abc\u{1B}", expected: "abc"),
        Case(name: "noncharacters dropped", input: scalars(0x61, 0xFDD0, 0x62, 0xFFFE, 0x63, 0xFFFF, 0x64, 0x1FFFE, 0x65), expected: "abcde"),
        Case(name: "interlinear annotation dropped", input: "a\u{FFF9}b\u{FFFA}c\u{FFFB}d", expected: "abcd"),
        Case(name: "stray tag characters dropped", input: "hi\u{E0068}\u{E0069}\u{E007F}!", expected: "hi!"),
        Case(
            name: "tags kept inside a flag sequence", input: "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
            expected: "\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"),
        Case(name: "unassigned code points dropped", input: "a\u{0378}b\u{E01F0}c", expected: "abc"),
        Case(name: "replacement character kept", input: "a\u{FFFD}b", expected: "a\u{FFFD}b"),
        Case(name: "private use kept", input: "a\u{E000}b", expected: "a\u{E000}b"),
        Case(name: "LRM, RLM, ALM kept", input: "a\u{200E}b\u{200F}c\u{61C}d", expected: "a\u{200E}b\u{200F}c\u{61C}d"),
        Case(name: "balanced isolate kept", input: "a\u{2067}ب\u{2069}c", expected: "a\u{2067}ب\u{2069}c"),
        Case(name: "unclosed isolate dropped", input: "a\u{2067}bc", expected: "abc"),
        Case(name: "stray PDI dropped", input: "ab\u{2069}c", expected: "abc"),
        Case(name: "balanced override kept", input: "a\u{202E}bc\u{202C}d", expected: "a\u{202E}bc\u{202C}d"),
        Case(name: "unpaired RLO dropped (Trojan Source)", input: "invoice_\u{202E}fdp.exe", expected: "invoice_fdp.exe"),
        Case(name: "override closed only in the next paragraph is unpaired", input: "a\u{202E}b\nc\u{202C}d", expected: "ab\ncd"),
        Case(name: "stray PDF dropped", input: "a\u{202C}b", expected: "ab"),
        Case(name: "balanced embedding kept", input: "\u{202B}ab\u{202C}", expected: "\u{202B}ab\u{202C}"),
        Case(name: "PDF inside an isolate cannot close an outer embedding", input: "\u{202B}a\u{2066}b\u{202C}\u{2069}", expected: "a\u{2066}b\u{2069}"),
        Case(name: "PDI closes embeddings opened inside its isolate", input: "\u{2067}\u{202D}a\u{2069}\u{202C}", expected: "\u{2067}a\u{2069}"),
        Case(name: "four marks kept", input: "a\u{301}\u{302}\u{303}\u{304}", expected: "a\u{301}\u{302}\u{303}\u{304}"),
        Case(name: "fifth mark dropped", input: "a\u{301}\u{302}\u{303}\u{304}\u{305}b", expected: "a\u{301}\u{302}\u{303}\u{304}b"),
        Case(name: "ZWNJ does not restart the mark count", input: "a\u{301}\u{302}\u{200C}\u{303}\u{304}\u{305}", expected: "a\u{301}\u{302}\u{200C}\u{303}\u{304}"),
        Case(name: "vocalized Arabic untouched", input: "بِسْمِ ٱللَّهِ", expected: "بِسْمِ ٱللَّهِ"),
        Case(name: "Hebrew with niqqud untouched", input: "שָׁלוֹם", expected: "שָׁלוֹם"),
        Case(name: "emoji ZWJ sequence untouched", input: "👨‍👩‍👧 👍🏽 ❤️", expected: "👨‍👩‍👧 👍🏽 ❤️"),
    ]

    /// Builds strings the compiler refuses as literals (noncharacters).
    static func scalars(_ values: UInt32...) -> String {
        String(String.UnicodeScalarView(values.compactMap(Unicode.Scalar.init)))
    }

    @Test(arguments: cases) func sanitize(_ testCase: Case) {
        #expect(Sanitizer.sanitize(testCase.input).unicodeScalars.map(\.value) == testCase.expected.unicodeScalars.map(\.value))
    }

    @Test func decodedEscapeEntityLeavesNoResidue() {
        // What an HTML decoder makes of "&#27;[31mred&#27;[0m".
        let decoded = "\u{1B}[31mred\u{1B}[0m"
        let clean = Sanitizer.sanitize(decoded)
        #expect(clean == "red")
        #expect(!clean.contains("["))
    }

    @Test func fiftyMarksOnOneLetterAreCappedAtFour() {
        let zalgo = "e" + String(repeating: "\u{301}", count: 50) + "x"
        #expect(Sanitizer.sanitize(zalgo).unicodeScalars.count == 6)
    }

    @Test func sanitizingIsIdempotent() {
        for testCase in Self.cases {
            let once = Sanitizer.sanitize(testCase.input)
            #expect(Sanitizer.sanitize(once) == once, "\(testCase.name)")
        }
    }

    @Test func largeInputStaysLinear() {
        let big = String(repeating: "\u{202E}a\u{1B}[1m", count: 100_000)
        #expect(Sanitizer.sanitize(big) == String(repeating: "a", count: 100_000))
    }
}
