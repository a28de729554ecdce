import Foundation
import NewsModel
import TestSupport
import Testing

@testable import NewsStore

/// The categories and enclosures columns feed the content hash, so `StoredJSON` must write
/// exactly the bytes `JSONEncoder` wrote before it: otherwise every stored article would look
/// changed on the next refresh.
@Suite struct StoredJSONTests {
    static let alphabet: [String] = [
        "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{0}", "\u{1F}", "\u{7F}",
        "é", "ش", "َ", "א", "中", "😀", "👍🏽", "\u{2028}", "\u{200F}", "&", "<", "'", "{", "]", ":",
    ]

    static func randomStrings(count: Int, seed: UInt64) -> [String] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let length = random.below(12)
            return (0..<length).map { _ in random.pick(alphabet) }.joined()
        }
    }

    @Test func categoriesMatchJSONEncoder() throws {
        let strings = Self.randomStrings(count: 3000, seed: 7)
        let encoder = JSONEncoder()
        for start in stride(from: 0, to: strings.count, by: 5) {
            let categories = Array(strings[start..<min(start + Int(start % 4), strings.count)])
            let expected = String(decoding: try encoder.encode(categories), as: UTF8.self)
            #expect(StoredJSON.array(categories) == expected, "\(categories)")
        }
    }

    /// `JSONEncoder` writes an object's keys in no fixed order (it varied between processes, so
    /// an article with an enclosure could hash differently on every refresh); `StoredJSON` always
    /// writes url, type, length. The values must read back the same.
    @Test func enclosuresReadBackAsWritten() throws {
        let strings = Self.randomStrings(count: 600, seed: 11)
        for index in stride(from: 0, to: strings.count - 2, by: 3) {
            let enclosures = Array([
                Enclosure(url: "https://example.org/" + strings[index], type: strings[index + 1], length: Int64(index * 997)),
                Enclosure(url: strings[index + 2]),
                Enclosure(url: strings[index], type: nil, length: -1),
            ].prefix(index % 4))
            let json = StoredJSON.array(enclosures)
            #expect(try JSONDecoder().decode([Enclosure].self, from: Data(json.utf8)) == enclosures, "\(json)")
        }
        let one = [Enclosure(url: "https://example.org/a.mp3", type: "audio/mpeg", length: 1234)]
        #expect(StoredJSON.array(one) == #"[{"url":"https:\/\/example.org\/a.mp3","type":"audio\/mpeg","length":1234}]"#)
    }
}
