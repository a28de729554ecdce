import GRDB
import Testing

@testable import NewsStore
import TestSupport

/// `SearchTokenizer` splits text below U+0800 by `TokenCharacterTable` and leaves the rest to
/// unicode61; every token, offset and its order must be what the reference path (unicode61 then
/// `SearchFolding` on the whole text) gives.
@Suite struct SearchTokenizerDifferentialTests {
    struct Token: Equatable, CustomStringConvertible {
        var bytes: [UInt8]
        var start: CInt
        var end: CInt
        var description: String { "\(String(decoding: bytes, as: UTF8.self).debugDescription)@\(start)..<\(end)" }
    }

    static func collect(_ body: (UnsafeMutableRawPointer, FTS5TokenCallback) -> Void) -> [Token] {
        var tokens: [Token] = []
        withUnsafeMutablePointer(to: &tokens) { pointer in
            body(UnsafeMutableRawPointer(pointer)) { context, _, token, count, start, end in
                let bytes = Array(UnsafeRawBufferPointer(start: token, count: Int(count)))
                context!.assumingMemoryBound(to: [Token].self).pointee.append(Token(bytes: bytes, start: start, end: end))
                return 0
            }
        }
        return tokens
    }

    /// The tokens of `bytes` by the fast path and by the reference path.
    static func both(_ tokenizer: SearchTokenizer, _ bytes: [UInt8]) -> (fast: [Token], reference: [Token]) {
        bytes.withUnsafeBufferPointer { buffer in
            let raw = UnsafeRawBufferPointer(buffer)
            let fast = collect { context, callback in
                _ = raw.withMemoryRebound(to: CChar.self) { text in
                    tokenizer.tokenize(
                        context: context, tokenization: .document, pText: text.baseAddress, nText: CInt(text.count),
                        tokenCallback: callback)
                }
            }
            let reference = collect { context, callback in
                var stopped: CInt = 0
                _ = tokenizer.referenceTokenize(
                    context: context, tokenization: .document, text: raw, range: 0..<raw.count, stopped: &stopped,
                    tokenCallback: callback)
            }
            return (fast, reference)
        }
    }

    static func withTokenizer(_ body: (SearchTokenizer) throws -> Void) throws {
        let queue = try DatabaseQueue(configuration: NewsStore.configuration())
        try queue.read { db in try body(SearchTokenizer(db: db, arguments: [])) }
    }

    /// Every character below U+0800 (and a few beyond) alone, inside a word, at its start and end,
    /// doubled, and between separators.
    @Test func everyCharacterInEveryPosition() throws {
        try Self.withTokenizer { tokenizer in
            var values = Array(UInt32(0)..<0x800)
            values += [0x0800, 0x200C, 0x200D, 0x2019, 0x3000, 0x4E2D, 0xFB50, 0xFEFF, 0x1F600, 0xE000]
            for value in values {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let c = String(scalar)
                for text in [c, "a\(c)b", "\(c)ab", "ab\(c)", "\(c)\(c)", " \(c) ", "و\(c)ع", "\(c)َ", "x-\(c)-y"] {
                    let (fast, reference) = Self.both(tokenizer, Array(text.utf8))
                    #expect(fast == reference, "U+\(String(value, radix: 16)) in \(text.debugDescription)")
                }
            }
        }
    }

    static let pieces: [String] = [
        "news", "Vote", "CAFÉ", "e\u{301}", "naïve", "Straße", " ", " ", "  ", ",", ".", "-", "'", "\n", "\t", "’",
        "وَعَدَ", "اللَّهُ", "أخبار", "إسلام", "ٱلرَّحْمَٰنِ", "مستشفى", "مدرسة", "جمـــيل", "،", "؟", "\u{64E}",
        "כִּי", "טוֹב", "בְּרֵאשִׁ֖ית", "Москва", "Ελλάδα", "قیمت\u{200C}ها", "کتاب", "中文", "新聞リーダー", "😀", "🇸🇦",
        "\u{0}", "\u{7F}", "\u{85}", "\u{A0}", "\u{2028}", "123", "٣٤", "x\u{200D}y", "\u{E000}",
    ]

    @Test func randomMixedScriptText() throws {
        try Self.withTokenizer { tokenizer in
            var random = SeededGenerator(seed: 0x70_4E_1F)
            for _ in 0..<20_000 {
                var bytes: [UInt8] = []
                for _ in 0..<random.below(24) {
                    bytes += Array(Self.pieces[random.below(Self.pieces.count)].utf8)
                    // Now and then a byte that is not UTF-8 (stray continuation, cut sequence).
                    if random.below(40) == 0 { bytes.append([0x80, 0xBF, 0xC3, 0xE2, 0xF0, 0xFF][random.below(6)]) }
                }
                let (fast, reference) = Self.both(tokenizer, bytes)
                #expect(fast == reference, "\(bytes.map { String($0, radix: 16) })")
            }
        }
    }
}
