/// The vocabulary and punctuation of one corpus language.
///
/// The word lists are small on purpose: the corpus has to exercise scripts, marks and widths, not
/// read well. They were written for this benchmark.
struct Lexicon: Sendable {
    let words: [String]
    /// Between words; empty for Chinese and Japanese, which do not use spaces.
    let separator: String
    let comma: String
    let fullStop: String
    let question: String

    init(words: [String], separator: String = " ", comma: String = ",", fullStop: String = ".", question: String = "?") {
        self.words = words
        self.separator = separator
        self.comma = comma
        self.fullStop = fullStop
        self.question = question
    }
}
