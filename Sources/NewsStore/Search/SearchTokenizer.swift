import GRDB

/// The FTS5 tokenizer of the search index (DESIGN §6): unicode61 keeping combining marks inside
/// words, then `SearchFolding` on each token.
///
/// unicode61 alone treats Arabic harakat as separators with its default categories, so
/// `مَرْحَبًا` would become single letters; with `Mn` (and `Mc`, for Indic vowel signs) as token
/// characters words stay whole and the fold removes the marks. Registered on every connection.
///
/// Text below U+0800 is split and folded in one pass with `TokenCharacterTable` (unicode61's own
/// answers, learned once); a stretch holding anything else goes through unicode61 and the fold
/// (`referenceTokenize`), so tokens, offsets and order are exactly those of the reference path.
final class SearchTokenizer: FTS5CustomTokenizer {
    static let name = "sahifa_fold"
    /// SQLITE_DONE: a callback asking to stop early, which is not an error (unicode61 does the same).
    private static let done: CInt = 101
    private let wrapped: any FTS5Tokenizer
    private let table: TokenCharacterTable

    init(db: Database, arguments: [String]) throws {
        wrapped = try db.makeTokenizer(.unicode61(diacritics: .remove, categories: "L* N* Co Mn Mc"))
        table = TokenCharacterTable.table(probing: wrapped)
    }

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
        nText: CInt, tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return 0 }
        let text = UnsafeRawBufferPointer(start: pText, count: Int(nText))
        return table.entries.withUnsafeBufferPointer { entries in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * text.count + 8) { buffer in
            var scanner = Scanner(text: text, entries: entries, buffer: buffer)
            while scanner.index < text.count {
                switch scanner.next() {
                case .token(let count, let start, let end):
                    let rc = buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: count) {
                        tokenCallback(context, 0, $0, CInt(count), CInt(start), CInt(end))
                    }
                    if rc != 0 { return rc == Self.done ? 0 : rc }
                case .unknown(let start):
                    let end = scanner.separator(after: start)
                    var stopped: CInt = 0
                    let rc = referenceTokenize(
                        context: context, tokenization: tokenization, text: text, range: start..<end,
                        stopped: &stopped, tokenCallback: tokenCallback)
                    if stopped != 0 { return stopped == Self.done ? 0 : stopped }
                    if rc != 0 { return rc }
                    scanner.index = end
                case .none:
                    break
                }
            }
            return 0
            }
        }
    }

    /// Splits text below U+0800 by table; stops at anything the table does not know.
    private struct Scanner {
        enum Step {
            case token(count: Int, start: Int, end: Int)
            /// A stretch from `start` (between tokens) needs unicode61.
            case unknown(start: Int)
            case none
        }

        let text: UnsafeRawBufferPointer
        let entries: UnsafeBufferPointer<UInt32>
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var index = 0

        /// The table entry of the character at `position` and its UTF-8 length; entry 0 when the
        /// table does not know it.
        @inline(__always)
        func character(at position: Int) -> (entry: UInt32, length: Int) {
            let lead = text[position]
            if lead < 0x80 { return (entries[Int(lead)], 1) }
            guard lead >= 0xC2, lead <= 0xDF, position + 1 < text.count else { return (0, 1) }
            let trail = text[position + 1]
            guard trail & 0xC0 == 0x80 else { return (0, 1) }
            // unicode61 reads every continuation byte that follows a lead; a stray third one
            // makes another character, left to unicode61.
            if position + 2 < text.count, text[position + 2] & 0xC0 == 0x80 { return (0, 1) }
            return (entries[Int(lead & 0x1F) << 6 | Int(trail & 0x3F)], 2)
        }

        /// The next token with something left after folding, or where the table gives up.
        mutating func next() -> Step {
            while true {
                // Between tokens: skip what cannot start one.
                while index < text.count {
                    let (entry, length) = character(at: index)
                    if entry & TokenCharacterTable.known == 0 { return .unknown(start: index) }
                    if entry & TokenCharacterTable.starts != 0 { break }
                    index += length
                }
                guard index < text.count else { return .none }
                let start = index
                var count = 0
                var first = true
                while index < text.count {
                    let (entry, length) = character(at: index)
                    if entry & TokenCharacterTable.known == 0 { return .unknown(start: start) }
                    if !first && entry & TokenCharacterTable.continues == 0 { break }
                    if entry & TokenCharacterTable.dropped == 0 {
                        let folded = entry & TokenCharacterTable.outputMask
                        if folded < 0x80 {
                            buffer[count] = UInt8(folded)
                            count += 1
                        } else {
                            buffer[count] = UInt8(0xC0 | (folded >> 6))
                            buffer[count + 1] = UInt8(0x80 | (folded & 0x3F))
                            count += 2
                        }
                    }
                    index += length
                    first = false
                }
                if count > 0 { return .token(count: count, start: start, end: index) }
            }
        }

        /// Where a stretch handed to unicode61 may end: the next ASCII character that neither
        /// starts nor continues a token (every token ends before it), or the end of the text.
        func separator(after start: Int) -> Int {
            var position = start
            while position < text.count {
                let byte = text[position]
                let entry = byte < 0x80 ? entries[Int(byte)] : 0
                let mask = TokenCharacterTable.known | TokenCharacterTable.starts | TokenCharacterTable.continues
                if entry & mask == TokenCharacterTable.known { return position }
                position += 1
            }
            return text.count
        }
    }

    /// What the relay callback needs to pass tokens on to SQLite.
    private struct Relay {
        var context: UnsafeMutableRawPointer?
        var callback: FTS5TokenCallback
        /// Added to offsets: where the tokenized stretch starts in the whole text.
        var offset: CInt
        /// The callback's first non-zero answer (it asked to stop).
        var stopped: CInt = 0
    }

    /// The reference path, for the stretch `range` of `text`: unicode61, then `SearchFolding` on
    /// every token holding a non-ASCII byte. This is GRDB's `FTS5WrapperTokenizer` pattern
    /// written against the raw callback, so ASCII tokens go to SQLite without becoming strings.
    func referenceTokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, text: UnsafeRawBufferPointer,
        range: Range<Int>, stopped: inout CInt, tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard !range.isEmpty, let base = text.baseAddress else { return 0 }
        var relay = Relay(context: context, callback: tokenCallback, offset: CInt(range.lowerBound))
        let rc = withUnsafeMutablePointer(to: &relay) { relayPointer in
            (base + range.lowerBound).withMemoryRebound(to: CChar.self, capacity: range.count) { pText in
                wrapped.tokenize(
                    context: UnsafeMutableRawPointer(relayPointer), tokenization: tokenization, pText: pText,
                    nText: CInt(range.count)
                ) { rawRelay, flags, pToken, nToken, iStart, iEnd in
                    guard let rawRelay, let pToken, nToken > 0 else { return 0 }
                    let relay = rawRelay.assumingMemoryBound(to: Relay.self)
                    let offset = relay.pointee.offset
                    let bytes = UnsafeRawBufferPointer(start: pToken, count: Int(nToken))
                    let rc: CInt
                    if !bytes.contains(where: { $0 >= 0x80 }) {
                        rc = relay.pointee.callback(
                            relay.pointee.context, flags, pToken, nToken, iStart + offset, iEnd + offset)
                    } else {
                        rc = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { output in
                            let count = SearchFolding.fold(bytes, into: output)
                            if count == 0 { return 0 }
                            return output.baseAddress!.withMemoryRebound(to: CChar.self, capacity: count) { folded in
                                relay.pointee.callback(
                                    relay.pointee.context, flags, folded, CInt(count), iStart + offset, iEnd + offset)
                            }
                        }
                    }
                    if rc != 0 { relay.pointee.stopped = rc }
                    return rc
                }
            }
        }
        stopped = relay.stopped
        return rc
    }
}
