import Foundation
import Testing

@testable import FeedParsing
import TestSupport

/// `JSONReader` must read every document it accepts exactly as `JSONSerialization` does, and
/// accept nothing Foundation rejects.
@Suite struct JSONReaderTests {
    /// Deep equality of two `JSONSerialization`-shaped values; strings compared scalar by scalar.
    static func same(_ a: Any, _ b: Any) -> Bool {
        if let a = a as? String, let b = b as? String { return Array(a.unicodeScalars) == Array(b.unicodeScalars) }
        if a is String || b is String { return false }
        if let a = a as? NSNumber, let b = b as? NSNumber { return a.stringValue == b.stringValue && a.int64Value == b.int64Value }
        if a is NSNumber || b is NSNumber { return false }
        if a is NSNull || b is NSNull { return a is NSNull && b is NSNull }
        if let a = a as? [Any], let b = b as? [Any] { return a.count == b.count && zip(a, b).allSatisfy { same($0, $1) } }
        if let a = a as? [String: Any], let b = b as? [String: Any] {
            guard a.count == b.count else { return false }
            return a.allSatisfy { key, value in b[key].map { same(value, $0) } ?? false }
        }
        return false
    }

    /// Whether the reader accepted `text` (and then agreed with Foundation).
    @discardableResult
    static func check(_ text: String) -> Bool {
        let utf8 = Array(text.utf8)
        guard let ours = JSONReader.object(in: utf8) else { return false }
        guard let theirs = try? JSONFeedParser.foundationObject(utf8) else {
            Issue.record("accepted what Foundation rejects: \(text.debugDescription)")
            return true
        }
        #expect(same(ours, theirs), "\(text.debugDescription)")
        return true
    }

    @Test(arguments: ["jsonfeed-1.0.json", "jsonfeed-1.1.json"])
    func fixturesReadAlike(name: String) throws {
        let text = String(decoding: try Fixture.data(name), as: UTF8.self)
        #expect(JSONReader.object(in: Array(text.utf8)) != nil)
        Self.check(text)
    }

    static let stringPieces = [
        "a", "é", "مرحبا", "👩‍💻", " ", "\\\"", "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t", "\\u0041", "\\u00e9",
        "\\u0000", "\\u001f", "\\u2028", "\\ud83d\\ude00", "\\ud83d", "\\ude00", "\\uD83D\\uDE00", "\\x", "\\u12", "\t",
        "\u{7F}", "\u{85}", "<p class=\\\"x\\\">", "e\u{301}",
    ]
    static let values = ["0", "7", "42", "007", "-1", "1.5", "1e3", "123456789012345678", "1234567890123456789", "true", "null", "nul", "[]", "{}"]

    static func randomValue(_ random: inout SeededGenerator, depth: Int) -> String {
        switch random.next() % (depth > 3 ? 2 : 4) {
        case 0:
            var text = "\""
            for _ in 0..<Int(random.next() % 6) { text += stringPieces[Int(random.next() % UInt64(stringPieces.count))] }
            return text + "\""
        case 1: return values[Int(random.next() % UInt64(values.count))]
        case 2: return "[" + (0..<Int(random.next() % 4)).map { _ in randomValue(&random, depth: depth + 1) }.joined(separator: ",") + "]"
        default: return randomObject(&random, depth: depth + 1)
        }
    }

    static func randomObject(_ random: inout SeededGenerator, depth: Int) -> String {
        let keys = ["a", "b", "id", "e\u{301}", "é", "\\u0061", "items"]
        let members = (0..<Int(random.next() % 5)).map { _ in
            "\"" + keys[Int(random.next() % UInt64(keys.count))] + "\"" + (random.next() % 5 == 0 ? " : " : ":")
                + randomValue(&random, depth: depth)
        }
        return "{" + members.joined(separator: random.next() % 4 == 0 ? " ,\n" : ",") + "}"
    }

    @Test func randomDocumentsReadAlike() {
        var random = SeededGenerator(seed: 0x4A53_4F4E)
        var accepted = 0
        for _ in 0..<5_000 {
            var text = Self.randomObject(&random, depth: 0)
            if Self.check(text) { accepted += 1 }
            // One byte dropped or doubled somewhere: mostly broken documents, which must fall back.
            if !text.isEmpty {
                var bytes = Array(text.utf8)
                let position = Int(random.next() % UInt64(bytes.count))
                if random.next() % 2 == 0 { bytes.remove(at: position) } else { bytes.insert(bytes[position], at: position) }
                text = String(decoding: bytes, as: UTF8.self)
                Self.check(text)
            }
        }
        // The generator must exercise the reader, not only its fallback.
        #expect(accepted > 1_000)
    }

    @Test(arguments: ["[1]", "\"text\"", "{\"a\":1} x", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":\"\\ud800\"}", "{\"a\":1,\"a\":2}", "{\"a\":true}"])
    func leavesTheUnusualToFoundation(text: String) {
        #expect(JSONReader.object(in: Array(text.utf8)) == nil)
    }
}
