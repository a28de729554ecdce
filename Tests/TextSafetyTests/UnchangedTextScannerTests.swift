import Testing
@testable import TextSafety
import TestSupport

/// The unchanged-text shortcut must never change what the sanitizer returns: every public entry
/// point is compared with its scalar reference path, scalar by scalar over the whole BMP and the
/// interesting parts of the other planes, and over random strings of troublesome characters.
@Suite struct UnchangedTextScannerTests {
    /// Each entry point paired with its reference.
    static let modes: [(name: String, fast: @Sendable (String) -> String, reference: @Sendable (String) -> String)] = [
        ("body", Sanitizer.sanitize, Sanitizer.referenceSanitize),
        ("field", Sanitizer.sanitizeField, Sanitizer.referenceSanitizeField),
        ("terminal", Sanitizer.terminalSafe, Sanitizer.referenceTerminalSafe),
    ]

    /// Scalar values worth checking one by one: all of the BMP, the emoji and symbol plane,
    /// tags and variation selectors, samples of the ideograph planes, and every noncharacter.
    static func scalarValues(in range: ClosedRange<UInt32>) -> [UInt32] {
        var values = Array(range)
        values += Array(UInt32(0x1F000)...0x1FAFF)
        values += Array(UInt32(0xE0000)...0xE01FF)
        values += stride(from: UInt32(0x10000), through: 0x10FFFF, by: 257).map { $0 }
        for plane in UInt32(0)...0x10 { values += [plane << 16 | 0xFFFE, plane << 16 | 0xFFFF] }
        return values.filter { range.contains($0) }
    }

    @Test(arguments: [UInt32(0)...0x7FFF, 0x8000...0xFFFF, 0x10000...0x10FFFF])
    func everyScalarInContext(range: ClosedRange<UInt32>) {
        for value in Self.scalarValues(in: range) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let s = String(scalar)
            var contexts = ["a" + s + "b"]
            // Alone and repeated on a base: where marks are counted and fields trim and collapse.
            let properties = scalar.properties
            if properties.isWhitespace || [.nonspacingMark, .enclosingMark, .format].contains(properties.generalCategory) {
                contexts += [s, "\u{628}" + String(repeating: s, count: 5)]
            }
            for text in contexts {
                for mode in Self.modes where mode.fast(text) != mode.reference(text) {
                    Issue.record("\(mode.name) differs for U+\(String(value, radix: 16, uppercase: true)) in \(text.debugDescription)")
                }
            }
        }
    }

    /// Characters that exercise every rule: controls and escape sequences, breaks, spaces,
    /// marks, bidi controls, joiners, tags and flags, noncharacters, unassigned code points.
    static let alphabet: [String] = [
        "a", "Z", "0", " ", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{1B}", "[", "]", "3", "1", "m", "\\", "\u{7}",
        "\u{9B}", "\u{9D}", "\u{9C}", "\u{85}", "\u{0}", "\u{7F}", "\u{A0}", "\u{AD}", "é", "\u{301}", "\u{64E}",
        "\u{651}", "\u{5B0}", "\u{20E3}", "\u{FE0F}", "ب", "ש", "پ", "新", "한", "ー", "\u{3000}", "\u{2003}",
        "\u{1680}", "\u{202F}", "\u{205F}", "\u{2028}", "\u{2029}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}",
        "\u{200F}", "\u{61C}", "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}",
        "\u{2068}", "\u{2069}", "\u{FEFF}", "\u{FFF9}", "\u{FFFB}", "\u{E0067}",
        "\u{E007F}", "\u{E0001}", "\u{1F3F4}", "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}",
        "👩‍💻", "🇸🇦", "🧑🏽‍🌾", "1️⃣", "﴿", "﴾", "\u{378}", "\u{E000}", "\u{10FFFD}", "\u{1D173}", "\u{E01EF}",
    ] + [0xFFFE, 0xFDD0, 0x1FFFF].map { String(Unicode.Scalar($0)!) }

    @Test func randomStrings() {
        var random = SeededGenerator(seed: 0x5A41_4846_4131)
        for _ in 0..<30_000 {
            var text = ""
            let length = Int(random.next() % 24)
            for _ in 0..<length { text += Self.alphabet[Int(random.next() % UInt64(Self.alphabet.count))] }
            for mode in Self.modes where mode.fast(text) != mode.reference(text) {
                Issue.record("\(mode.name) differs for \(text.debugDescription)")
            }
        }
    }

    /// Long clean runs take the eight-bytes-at-a-time path; one bad byte at each offset must still be found.
    @Test func oneBadByteAtEveryOffset() {
        let clean = "The quick brown fox jumps over the lazy dog, 0123456789 ABC xyz"
        for bad in ["\u{1B}", "\u{7F}", "\r", "\u{1F}", "\t", "\n", "  ", "\u{85}", "\u{202E}", "\u{A0}"] {
            for offset in 0...clean.utf8.count {
                let index = clean.utf8.index(clean.utf8.startIndex, offsetBy: offset)
                let text = String(clean[..<index]) + bad + String(clean[index...])
                for mode in Self.modes where mode.fast(text) != mode.reference(text) {
                    Issue.record("\(mode.name) differs for \(text.debugDescription)")
                }
            }
        }
    }

    @Test(arguments: [
        "Plain English, with “quotes” — and an ellipsis…",
        "وَعَدَ اللَّهُ ﴿الَّذِينَ﴾ آمَنُوا ١٢٣",
        "می‌خواهم کتاب ۱۴۰۳",
        "Emoji 👩‍💻 🇸🇦 1️⃣ ❤️ 🧑🏽‍🌾",
        "Ελληνικά, русский, हिन्दी",
    ])
    func cleanTextIsProvedUnchanged(text: String) {
        #expect(Sanitizer.isUnchanged(text, mode: .body))
        #expect(Sanitizer.isUnchanged(text, mode: .field))
        #expect(Sanitizer.referenceSanitize(text) == text)
        #expect(Sanitizer.referenceSanitizeField(text) == text)
    }
}

