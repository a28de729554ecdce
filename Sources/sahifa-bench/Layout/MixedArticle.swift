import TextLayout

/// A long article of the kind DESIGN §1 describes: English commentary quoting vocalized Arabic in
/// ornate parentheses with a bold translation and a reference, Arabic and Hebrew paragraphs, and
/// English with Hebrew inside — as the styled paragraphs the article pane hands to layout.
enum MixedArticle {
    /// Paragraphs totalling at least `targetBytes` of UTF-8 text.
    static func paragraphs(targetBytes: Int, seed: UInt64) -> [StyledParagraph] {
        var random = SeededRandom(seed: seed, stream: 0xA271)
        let english = TextGenerator(language: .english)
        let arabic = TextGenerator(language: .arabic)
        let hebrew = TextGenerator(language: .hebrew)
        var paragraphs: [StyledParagraph] = []
        var bytes = 0
        var link = 0
        while bytes < targetBytes {
            let paragraph: StyledParagraph
            switch random.below(10) {
            case 0:
                paragraph = StyledParagraph([StyledRun(english.title(&random), style: .heading)])
            case 1, 2:
                paragraph = StyledParagraph(plain: sentences(arabic, 3...6, &random), direction: .auto)
            case 3:
                paragraph = StyledParagraph(plain: sentences(hebrew, 2...5, &random), direction: .auto)
            case 4, 5, 6:
                link += 1
                paragraph = StyledParagraph([
                    StyledRun(sentences(english, 1...2, &random) + " As the verse says, "),
                    StyledRun("﴿" + random.pick(Lexicon.arabicQuotations) + "﴾", isolate: .rightToLeft),
                    StyledRun(" "),
                    StyledRun("“" + english.words(random.within(4...9), &random) + "”", style: .bold),
                    StyledRun(" [\(random.within(1...114)):\(random.within(1...200))] "),
                    StyledRun(english.words(3, &random), style: [.link, .underline], link: link),
                    StyledRun(" " + sentences(english, 1...3, &random)),
                ])
            default:
                paragraph = StyledParagraph([
                    StyledRun(sentences(english, 1...3, &random) + " "),
                    StyledRun(hebrew.words(random.within(2...6), &random), isolate: .auto),
                    StyledRun(", " + english.words(random.within(3...8), &random).lowercased() + " "),
                    StyledRun(arabic.words(random.within(2...5), &random), style: .italic),
                    StyledRun(". " + sentences(english, 1...2, &random)),
                ])
            }
            bytes += paragraph.text.utf8.count
            paragraphs.append(paragraph)
        }
        return paragraphs
    }

    private static func sentences(_ text: TextGenerator, _ count: ClosedRange<Int>, _ random: inout SeededRandom) -> String {
        (0..<random.within(count)).map { _ in text.sentence(&random) }.joined(separator: text.sentenceSeparator)
    }
}
