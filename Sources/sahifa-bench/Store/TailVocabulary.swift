import Foundation

/// A long tail of generated words with a Zipf distribution, so that stored articles have the
/// word-frequency shape of real text: a few words everywhere, most words rare.
///
/// Without it, every article would draw from the same two hundred words, every query would match
/// a third of the database, and search would be measured on a case real text never produces.
/// English words are built from syllables; Arabic words from three-letter roots poured into
/// vocalized patterns (فَعَلَ، فَاعِل، مَفْعُول …), the way Arabic forms words.
struct TailVocabulary: Sendable {
    let words: [String]
    private let cumulative: [Double]

    init(words: [String]) {
        self.words = words
        var total = 0.0
        cumulative = words.indices.map { rank in
            total += 1 / Double(rank + 1)
            return total
        }
    }

    /// A word drawn with probability proportional to 1 / rank.
    func zipf(_ random: inout SeededRandom) -> String {
        let target = Double(random.next() >> 11) / Double(1 << 53) * cumulative[cumulative.count - 1]
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] < target { low = middle + 1 } else { high = middle }
        }
        return words[low]
    }

    static func english(count: Int, seed: UInt64) -> TailVocabulary {
        let onsets = ["b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pl", "pr", "r", "s", "sh", "st", "t", "tr", "v", "w"]
        let vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "ee"]
        let codas = ["", "", "n", "r", "s", "t", "l", "m", "nd", "st", "rk", "ng"]
        return unique(count: count, seed: seed, stream: 0x7A11E) { random in
            (0..<random.within(2...3)).map { _ in random.pick(onsets) + random.pick(vowels) + random.pick(codas) }.joined()
        }
    }

    static func arabic(count: Int, seed: UInt64) -> TailVocabulary {
        let letters = Array("بتثجحخدذرزسشصضطظعغفقكلمنهوي").map(String.init)
        // C1, C2, C3 stand for the root's letters; harakat as a reader of vocalized text sees them.
        let patterns = [
            "1َ2َ3َ", "1َا2ِ3", "مَ1ْ2ُو3", "تَ1ْ2ِي3", "اِسْتِ1ْ2َا3", "مُ1َ2ِّ3", "1ِ2َا3", "1ُ2ُو3", "مَ1ْ2َ3َة", "1َ2ِي3",
        ]
        return unique(count: count, seed: seed, stream: 0xA7AB) { random in
            let root = (0..<3).map { _ in random.pick(letters) }
            let word = fill(random.pick(patterns), root: root)
            return random.chance(30) ? "الْ" + word : word
        }
    }

    /// Puts the root's letters in place of the pattern's digits, scalar by scalar (Foundation's
    /// `replacingOccurrences` made building the vocabulary most of a small benchmark's time).
    private static func fill(_ pattern: String, root: [String]) -> String {
        var word = String.UnicodeScalarView()
        for scalar in pattern.unicodeScalars {
            switch scalar {
            case "1": word.append(contentsOf: root[0].unicodeScalars)
            case "2": word.append(contentsOf: root[1].unicodeScalars)
            case "3": word.append(contentsOf: root[2].unicodeScalars)
            default: word.append(scalar)
            }
        }
        return String(word)
    }

    private static func unique(count: Int, seed: UInt64, stream: UInt64, _ make: (inout SeededRandom) -> String) -> TailVocabulary {
        var random = SeededRandom(seed: seed, stream: stream)
        var seen: Set<String> = []
        var words: [String] = []
        var attempts = 0
        while words.count < count, attempts < count * 20 {
            attempts += 1
            let word = make(&random)
            if seen.insert(word).inserted { words.append(word) }
        }
        return TailVocabulary(words: words)
    }
}
