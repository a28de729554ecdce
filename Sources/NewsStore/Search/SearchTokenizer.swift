import GRDB

/// The FTS5 tokenizer of the search index (DESIGN §6): unicode61 keeping combining marks inside
/// words, then `SearchFolding` on each token.
///
/// unicode61 alone treats Arabic harakat as separators with its default categories, so
/// `مَرْحَبًا` would become single letters; with `Mn` (and `Mc`, for Indic vowel signs) as token
/// characters words stay whole and the fold removes the marks. Registered on every connection.
final class SearchTokenizer: FTS5WrapperTokenizer {
    static let name = "sahifa_fold"
    let wrappedTokenizer: any FTS5Tokenizer

    init(db: Database, arguments: [String]) throws {
        wrappedTokenizer = try db.makeTokenizer(.unicode61(diacritics: .remove, categories: "L* N* Co Mn Mc"))
    }

    func accept(
        token: String, flags: FTS5TokenFlags, for tokenization: FTS5Tokenization,
        tokenCallback: FTS5WrapperTokenCallback
    ) throws {
        let folded = SearchFolding.fold(token)
        if folded.isEmpty { return }
        try tokenCallback(folded, flags)
    }
}
