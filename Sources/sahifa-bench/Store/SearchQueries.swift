/// One- to three-word queries as people type them: each word a common lexicon word (one in four)
/// or one of the 2,000 most frequent words of the generated tail — words that match from a few
/// hundred to a few thousand articles, not the whole database and not nothing. Arabic queries are
/// typed without harakat while the stored text is vocalized, so every Arabic hit goes through the
/// normalizing tokenizer.
enum SearchQueries {
    static func english(count: Int, vocabularies: StoreVocabularies, seed: UInt64) -> [String] {
        let common = Lexicon.english.words.filter { $0.count > 3 }
        return queries(count: count, common: common, tail: Array(vocabularies.english.words.prefix(2_000)), stream: 0xE9, seed: seed)
    }

    static func arabic(count: Int, vocabularies: StoreVocabularies, seed: UInt64) -> [String] {
        let common = Lexicon.arabic.words.map(stripHarakat).filter { $0.count > 2 }
        let tail = vocabularies.arabic.words.prefix(2_000).map(stripHarakat)
        return queries(count: count, common: common, tail: tail, stream: 0xA8, seed: seed)
    }

    /// One-word prefix queries (`elec*`): the first three or four letters of a tail word, so each
    /// expands to the many index terms that start with it.
    static func englishPrefixes(count: Int, vocabularies: StoreVocabularies, seed: UInt64) -> [String] {
        prefixes(count: count, words: Array(vocabularies.english.words.prefix(2_000)), stream: 0xE9F, seed: seed)
    }

    static func arabicPrefixes(count: Int, vocabularies: StoreVocabularies, seed: UInt64) -> [String] {
        prefixes(count: count, words: vocabularies.arabic.words.prefix(2_000).map(stripHarakat), stream: 0xA8F, seed: seed)
    }

    private static func prefixes(count: Int, words: [String], stream: UInt64, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed, stream: stream)
        return (0..<count).map { _ in
            let word = Array(random.pick(words).unicodeScalars)
            var prefix = String.UnicodeScalarView()
            prefix.append(contentsOf: word.prefix(random.within(3...4)))
            return String(prefix) + "*"
        }
    }

    private static func queries(count: Int, common: [String], tail: [String], stream: UInt64, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed, stream: stream)
        return (0..<count).map { _ in
            (0..<random.within(1...3)).map { _ in random.chance(25) ? random.pick(common) : random.pick(tail) }.joined(separator: " ")
        }
    }

    /// Drops the Arabic marks a reader does not type: harakat U+064B–U+065F and dagger alef U+0670.
    static func stripHarakat(_ word: String) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: word.unicodeScalars.filter { !(0x064B...0x065F).contains($0.value) && $0.value != 0x0670 })
        return String(result)
    }
}
