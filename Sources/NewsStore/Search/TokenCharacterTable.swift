import Foundation
import GRDB

/// What the search tokenizer's unicode61 does with each character below U+0800 (ASCII, Latin,
/// Greek, Cyrillic, Hebrew, Arabic…), learned by asking unicode61 itself, with `SearchFolding`
/// applied to its output: whether the character starts a token, continues one, and what it
/// becomes.
///
/// Why: snippets re-tokenize whole articles, and unicode61 looks each non-ASCII character up in
/// two binary-searched tables; Arabic snippets cost ten times English ones. With this table the
/// tokenizer decides per character by one array read, and because the table is unicode61's own
/// answer (not a copy of Unicode data), tokens stay exactly those of the linked SQLite.
/// Characters whose answer does not fit the table are left to unicode61 (`isKnown` false).
final class TokenCharacterTable: Sendable {
    static let size = 0x800
    /// Entry bits: the table knows the character, it starts a token, it continues one, it is
    /// dropped from its token; the low 16 bits hold what it becomes otherwise.
    static let known: UInt32 = 1 << 31
    static let starts: UInt32 = 1 << 30
    static let continues: UInt32 = 1 << 29
    static let dropped: UInt32 = 1 << 28
    static let outputMask: UInt32 = 0xFFFF
    /// One entry per character below U+0800 (one array read per character while tokenizing).
    let entries: [UInt32]

    private static let lock = NSLock()
    nonisolated(unsafe) private static var shared: TokenCharacterTable?

    /// The table for `unicode61`, built once per process (every connection links the same SQLite).
    static func table(probing unicode61: any FTS5Tokenizer) -> TokenCharacterTable {
        lock.lock()
        defer { lock.unlock() }
        if let shared { return shared }
        let table = TokenCharacterTable(probing: unicode61)
        shared = table
        return table
    }

    init(probing unicode61: any FTS5Tokenizer) {
        entries = Self.probe(unicode61)
    }

    private static func probe(_ unicode61: any FTS5Tokenizer) -> [UInt32] {
        var entries = [UInt32](repeating: 0, count: size)
        let a = UInt8(ascii: "a")
        for value in 0..<UInt32(size) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Array(String(scalar).utf8)
            let length = CInt(character.count)
            // Inside a token: "a" c "a" is one token when c continues it.
            let middle = tokens(unicode61, [a] + character + [a])
            var entry = known
            var continuesOutput: [UInt8]?
            if middle.map(\.bytes) == [[a], [a]], middle[0].start == 0, middle[1].start == 1 + length {
                // a separator inside a token
            } else if middle.count == 1, middle[0].start == 0, middle[0].end == 2 + length,
                middle[0].bytes.count >= 2, middle[0].bytes.first == a, middle[0].bytes.last == a
            {
                entry |= continues
                continuesOutput = Array(middle[0].bytes.dropFirst().dropLast())
            } else {
                continue
            }
            // At a token's start: c "a" is one token starting at c when c starts it (c may fold to
            // nothing, so the offsets tell), or "a" alone when c is skipped.
            let first = tokens(unicode61, character + [a])
            var startsOutput: [UInt8]?
            guard first.count == 1, first[0].end == 1 + length, first[0].bytes.last == a else { continue }
            if first[0].start == length, first[0].bytes == [a] {
                // skipped before a token
            } else if first[0].start == 0 {
                entry |= starts
                startsOutput = Array(first[0].bytes.dropLast())
            } else {
                continue
            }
            if let startsOutput, let continuesOutput, startsOutput != continuesOutput { continue }
            guard let folded = searchFolded(startsOutput ?? continuesOutput ?? []) else { continue }
            entries[Int(value)] = entry | (folded.map { $0 } ?? dropped)
        }
        return entries
    }

    /// The character unicode61 wrote, after `SearchFolding`: `.some(nil)` when it is dropped, nil
    /// when it is not one scalar below U+0800 (the fast path writes at most two bytes for each
    /// character it reads).
    private static func searchFolded(_ bytes: [UInt8]) -> UInt32?? {
        if bytes.isEmpty { return .some(nil) }
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        guard scalars.count == 1, Array(String(scalars[0]).utf8) == bytes else { return nil }
        let value = scalars[0].value
        if SearchFolding.isDropped(value) { return .some(nil) }
        let result = SearchFolding.replacement(for: value)?.value ?? value
        return result < UInt32(size) ? .some(result) : nil
    }

    /// The tokens unicode61 makes of `bytes`, with their byte offsets.
    static func tokens(_ tokenizer: any FTS5Tokenizer, _ bytes: [UInt8]) -> [(bytes: [UInt8], start: CInt, end: CInt)] {
        var tokens: [(bytes: [UInt8], start: CInt, end: CInt)] = []
        withUnsafeMutablePointer(to: &tokens) { pointer in
            bytes.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { text in
                    _ = tokenizer.tokenize(
                        context: UnsafeMutableRawPointer(pointer), tokenization: .document, pText: text.baseAddress,
                        nText: CInt(text.count)
                    ) { context, _, token, count, start, end in
                        guard let context else { return 0 }
                        let bytes = Array(UnsafeRawBufferPointer(start: token, count: Int(count)))
                        context.assumingMemoryBound(to: [(bytes: [UInt8], start: CInt, end: CInt)].self).pointee
                            .append((bytes, start, end))
                        return 0
                    }
                }
            }
        }
        return tokens
    }
}
