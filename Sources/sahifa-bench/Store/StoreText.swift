/// Article text for the store benchmark: the corpus languages, with English and Arabic words
/// drawn mostly from a Zipf-distributed tail so that search meets realistic match counts.
struct StoreText {
    let base: TextGenerator
    let tail: TailVocabulary?

    init(language: CorpusLanguage, vocabularies: StoreVocabularies) {
        base = TextGenerator(language: language)
        switch language {
        case .english, .emoji, .mixed: tail = vocabularies.english
        case .arabic: tail = vocabularies.arabic
        default: tail = nil
        }
    }

    func sentence(_ random: inout SeededRandom) -> String {
        guard let tail else { return base.sentence(&random) }
        let words = (0..<random.within(6...16)).map { _ in
            random.chance(35) ? base.words(1, &random) : tail.zipf(&random)
        }
        return words.joined(separator: " ") + "."
    }

    func paragraph(_ random: inout SeededRandom) -> String {
        (0..<random.within(2...5)).map { _ in sentence(&random) }.joined(separator: base.sentenceSeparator)
    }

    func title(_ random: inout SeededRandom) -> String {
        guard let tail else { return base.title(&random) }
        return (0..<random.within(3...8)).map { _ in random.chance(40) ? base.words(1, &random) : tail.zipf(&random) }
            .joined(separator: " ")
    }
}

/// The generated tails, built once per run (30,000 words each).
struct StoreVocabularies: Sendable {
    let english: TailVocabulary
    let arabic: TailVocabulary

    init(seed: UInt64) {
        english = .english(count: 30_000, seed: seed)
        arabic = .arabic(count: 30_000, seed: seed)
    }
}
