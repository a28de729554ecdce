@testable import FeedParsing
import Foundation
import Testing
import TestSupport

/// Random byte edits of every fixture through every entry point: nothing may crash or hang
/// (completion is the assertion; no clock is read).
struct MutationFuzzTests {

    static let tokens: [[UInt8]] = [
        "<", ">", "&", "&amp;", "&#0;", "&#xD800;", "&nbsp", "]]>", "<![CDATA[", "<!--", "-->", "<!ENTITY e \"&e;\">",
        "<!DOCTYPE x [", "<item>", "</item>", "<entry>", "</channel>", "xml:base=\"../\"", "\"", "'", "\u{0}",
        "\u{1B}[2J", "\u{202E}", "\u{FEFF}", "\\", "{\"items\":[", "]}", "\n\n", "# ", "> ", "- ", "**", "[x](",
    ].map { Array($0.utf8) }

    static func mutate(_ bytes: [UInt8], using generator: inout SeededGenerator) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: 1...4, using: &generator) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<7, using: &generator) {
            case 0 where !bytes.isEmpty: bytes[position] = UInt8.random(in: 0...255, using: &generator)
            case 1: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: position)
            case 2 where !bytes.isEmpty:
                let end = min(bytes.count, position + Int.random(in: 1...64, using: &generator))
                bytes.removeSubrange(position..<end)
            case 3 where !bytes.isEmpty:
                let end = min(bytes.count, position + Int.random(in: 1...128, using: &generator))
                bytes.insert(contentsOf: bytes[position..<end], at: position)
            case 4: bytes = Array(bytes.prefix(position))
            default: bytes.insert(contentsOf: tokens.randomElement(using: &generator)!, at: position)
            }
        }
        return bytes
    }

    @Test(arguments: Fixture.allNames)
    func mutatedFixturesNeverCrash(_ name: String) throws {
        let original = try [UInt8](Fixture.data(name))
        var generator = SeededGenerator(seed: StableHash.fnv1a64([name]))
        for _ in 0..<80 {
            let data = Data(Self.mutate(original, using: &generator))
            _ = try? FeedParser.parse(data, documentURL: URL(string: "https://fuzz.example/feed"))
            _ = try? OPMLDocument.parse(data)
            _ = try? ArticleFileParser.parse(data, fileName: name)
            _ = ContentSniffer.kind(of: data, fileName: name)
            let text = String(decoding: data, as: UTF8.self)
            _ = URLsFile.parse(text)
            if name.hasSuffix(".html") || name.hasSuffix(".md") {
                _ = HTMLConverter.document(fromHTML: text, baseURL: URL(string: "https://fuzz.example/"))
                _ = HTMLConverter.plainText(fromHTML: text)
                _ = FeedDiscovery.alternateFeedLinks(inHTML: data, baseURL: URL(string: "https://fuzz.example/")!)
            }
        }
    }

    @Test func randomDatesNeverCrash() {
        var generator = SeededGenerator(seed: 7)
        let alphabet = Array("0123456789 ,:+-TZ.MayFriGMTESTAPam".utf8)
        for _ in 0..<3000 {
            let length = Int.random(in: 0...40, using: &generator)
            let text = String(decoding: (0..<length).map { _ in alphabet.randomElement(using: &generator)! }, as: UTF8.self)
            _ = DateParser.parse(text)
        }
    }
}
