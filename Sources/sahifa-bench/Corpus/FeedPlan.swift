/// What feed number `index` of a corpus is: decided by the seed and the index alone, so every
/// corpus size is a prefix of the same larger corpus.
struct FeedPlan: Sendable {
    let index: Int
    let format: CorpusFormat
    let language: CorpusLanguage
    let encoding: CorpusEncoding

    init(seed: UInt64, index: Int) {
        var random = SeededRandom(seed: seed, stream: UInt64(index) &+ 0x5EED)
        self.index = index
        let formatRoll = random.below(100)
        format = formatRoll < 40 ? .rss2 : formatRoll < 65 ? .atom : formatRoll < 80 ? .rdf : .jsonFeed
        let languageRoll = random.below(100)
        let languages: [(CorpusLanguage, Int)] = [
            (.english, 34), (.arabic, 18), (.hebrew, 10), (.persian, 8), (.chinese, 8), (.japanese, 8), (.emoji, 7),
            (.mixed, 7),
        ]
        var cumulative = 0
        var chosen = CorpusLanguage.english
        for (language, weight) in languages {
            cumulative += weight
            if languageRoll < cumulative { chosen = language; break }
        }
        language = chosen
        let encodingRoll = random.below(100)
        switch (format, chosen) {
        case (.jsonFeed, _): encoding = .utf8  // JSON is UTF-8 by definition (RFC 8259 §8.1)
        case (_, .english) where encodingRoll < 25: encoding = .latin1
        case (_, .arabic) where encodingRoll < 35, (_, .persian) where encodingRoll < 35: encoding = .windows1256
        default: encoding = .utf8
        }
    }

    var fileName: String { String(format4: index) + "." + format.fileExtension }
}

extension String {
    /// Zero-padded to four digits: `7` → `0007`.
    init(format4 value: Int) {
        let digits = String(value)
        self = String(repeating: "0", count: Swift.max(0, 4 - digits.count)) + digits
    }
}
