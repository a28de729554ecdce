/// Sentences and titles in one corpus language, from the seeded generator.
struct TextGenerator {
    let language: CorpusLanguage
    private let lexicon: Lexicon

    init(language: CorpusLanguage) {
        self.language = language
        self.lexicon = language.lexicon
    }

    /// `count` words joined the way the language joins them (no spaces in Chinese and Japanese).
    func words(_ count: Int, _ random: inout SeededRandom) -> String {
        var parts: [String] = []
        parts.reserveCapacity(count + 2)
        for position in 0..<count {
            var word = random.pick(lexicon.words)
            if language == .english || language == .mixed || language == .emoji {
                if random.chance(4) { word = random.pick(Lexicon.englishAccented) }
                if position == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
            }
            parts.append(word)
            if language == .emoji, random.chance(12) { parts.append(random.pick(Lexicon.emoji)) }
        }
        return parts.joined(separator: lexicon.separator)
    }

    /// One sentence of 5–14 words, sometimes with a comma, ending in a full stop or question mark.
    func sentence(_ random: inout SeededRandom) -> String {
        let count = random.within(5...14)
        var text = words(count, &random)
        if count > 8, random.chance(40) {
            text += lexicon.comma + lexicon.separator + words(random.within(2...5), &random).lowercasedIfLatin(language)
        }
        return text + (random.chance(10) ? lexicon.question : lexicon.fullStop)
    }

    /// A headline of 3–9 words.
    func title(_ random: inout SeededRandom) -> String {
        var text = words(random.within(3...9), &random)
        if language == .emoji, random.chance(50) { text += " " + random.pick(Lexicon.emoji) }
        return text
    }

    /// Words joined by the language's separator, lower-case where the script has case.
    func name(_ random: inout SeededRandom) -> String { words(2, &random) }

    /// A word to use as a category.
    func category(_ random: inout SeededRandom) -> String { random.pick(lexicon.words) }

    /// Separator between sentences of a paragraph.
    var sentenceSeparator: String { lexicon.separator.isEmpty ? "" : " " }
}

extension String {
    fileprivate func lowercasedIfLatin(_ language: CorpusLanguage) -> String {
        language == .english || language == .mixed || language == .emoji ? lowercased() : self
    }
}
