import Foundation
import Testing

@testable import FeedParsing
import TestSupport

/// Byte-level replacements of Foundation string calls must return what Foundation returns.
@Suite struct FoundationFreeTextTests {
    static let sets: [(TrimmedCharacters, CharacterSet)] = [
        (.whitespaces, .whitespaces), (.whitespacesAndNewlines, .whitespacesAndNewlines),
    ]

    @Test func trimmedSetsMatchFoundationScalarByScalar() {
        let values = Array(UInt32(0)...0xFFFF) + Array(UInt32(0x1F000)...0x1F0FF) + [0xE0020, 0x10FFFD]
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let s = String(scalar)
            for (ours, foundation) in Self.sets {
                for text in [s + "x" + s, s + s + "\u{301}" + s] where text.trimming(ours) != text.trimmingCharacters(in: foundation) {
                    Issue.record("U+\(String(value, radix: 16)) in \(text.debugDescription)")
                }
            }
        }
    }

    static let alphabet = [
        "a", "b", " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", "\u{B}", "\u{C}", "\u{85}", "\u{A0}", "\u{200B}",
        "\u{2028}", "\u{2029}", "\u{3000}", "\u{301}", "é", "<", "&", "\"", ">", "مرحبا", "👩‍💻", "\u{FEFF}",
    ]

    static func randomText(_ random: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int(random.next() % 16) { text += alphabet[Int(random.next() % UInt64(alphabet.count))] }
        return text
    }

    @Test func randomTrimsMatchFoundation() {
        var random = SeededGenerator(seed: 0x5452_494D)
        for _ in 0..<20_000 {
            let text = Self.randomText(&random)
            for (ours, foundation) in Self.sets where text.trimming(ours) != text.trimmingCharacters(in: foundation) {
                Issue.record("\(text.debugDescription)")
            }
        }
    }

    /// The Foundation-only form of `ItemDraft.htmlFromPlainText`, as the reference.
    static func referenceHTML(fromPlainText text: String) -> String {
        let paragraphs = text.replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n\n")
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        if paragraphs.count <= 1 { return MarkupEscaping.escapedText(paragraphs.first ?? "") }
        return paragraphs.map { "<p>" + MarkupEscaping.escapedText($0).replacingOccurrences(of: "\n", with: "<br>") + "</p>" }
            .joined()
    }

    @Test func plainTextBodiesMatchTheFoundationForm() {
        var random = SeededGenerator(seed: 0x5041_5241)
        for _ in 0..<20_000 {
            let text = Self.randomText(&random)
            #expect(ItemDraft.htmlFromPlainText(text) == Self.referenceHTML(fromPlainText: text), "\(text.debugDescription)")
        }
    }

    @Test func substringChecksMatchFoundation() {
        let pieces = [":", "/", "//", "://", "&", "a", "é", "\u{301}", "\u{212A}", "\u{37E}", " ", "x:/", "新"]
        var random = SeededGenerator(seed: 0x5345_4152)
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<Int(random.next() % 8) { text += pieces[Int(random.next() % UInt64(pieces.count))] }
            #expect(RSSParser.looksLikeURL(text) == text.contains("://"), "\(text.debugDescription)")
            #expect(HTMLLinkRewriter.containsAmpersand(text) == text.contains("&"), "\(text.debugDescription)")
        }
    }
}
