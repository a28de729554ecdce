import GRDB

/// The FTS5 tokenizer of the search index (DESIGN §6): unicode61 keeping combining marks inside
/// words, then `SearchFolding` on each token.
///
/// unicode61 alone treats Arabic harakat as separators with its default categories, so
/// `مَرْحَبًا` would become single letters; with `Mn` (and `Mc`, for Indic vowel signs) as token
/// characters words stay whole and the fold removes the marks. Registered on every connection.
///
/// This is GRDB's `FTS5WrapperTokenizer` pattern written against the raw callback, so that ASCII
/// tokens — most of an English index — go from unicode61 to SQLite without becoming Swift strings.
final class SearchTokenizer: FTS5CustomTokenizer {
    static let name = "sahifa_fold"
    private let wrapped: any FTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        wrapped = try db.makeTokenizer(.unicode61(diacritics: .remove, categories: "L* N* Co Mn Mc"))
    }

    /// What the relay callback needs to pass tokens on to SQLite.
    private struct Relay {
        var context: UnsafeMutableRawPointer?
        var callback: FTS5TokenCallback
    }

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
        nText: CInt, tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        var relay = Relay(context: context, callback: tokenCallback)
        return withUnsafeMutablePointer(to: &relay) { relayPointer in
            wrapped.tokenize(
                context: UnsafeMutableRawPointer(relayPointer), tokenization: tokenization, pText: pText, nText: nText
            ) { rawRelay, flags, pToken, nToken, iStart, iEnd in
                guard let rawRelay, let pToken, nToken > 0 else { return 0 }
                let relay = rawRelay.assumingMemoryBound(to: Relay.self).pointee
                let bytes = UnsafeRawBufferPointer(start: pToken, count: Int(nToken))
                if !bytes.contains(where: { $0 >= 0x80 }) {
                    return relay.callback(relay.context, flags, pToken, nToken, iStart, iEnd)
                }
                return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { output in
                    let count = SearchFolding.fold(bytes, into: output)
                    if count == 0 { return 0 }
                    return output.baseAddress!.withMemoryRebound(to: CChar.self, capacity: count) { folded in
                        relay.callback(relay.context, flags, folded, CInt(count), iStart, iEnd)
                    }
                }
            }
        }
    }
}
