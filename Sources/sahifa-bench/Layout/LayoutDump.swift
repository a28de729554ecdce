import TextLayout

/// A complete textual record of what the engine produces for the benchmark article and for
/// random mixed-script paragraphs: every cell's text, width, style, link and source range, line by
/// line. Two builds whose dumps are byte-identical lay out identically, so an optimization can be
/// checked against the build before it on far more text than the golden files hold.
enum LayoutDump {
    static func render(article: [StyledParagraph], seed: UInt64) -> String {
        var out = ""
        let stress = randomParagraphs(count: 400, seed: seed)
        for (name, paragraphs) in [("article", article), ("random", stress)] {
            for options in variants {
                out += "# \(name) width \(options.width) shaping \(options.shapesArabic) bidi \(options.bidi.rawValue)"
                out += " direction \(options.directionOverride?.rawValue ?? "-")\n"
                for (index, paragraph) in paragraphs.enumerated() {
                    out += "## \(index)\n"
                    for line in TextLayoutEngine.layout(paragraph, options: options) { out += describe(line) }
                    out += "fit " + describe(TextLayoutEngine.fitLine(paragraph, width: options.width, options: options))
                }
            }
        }
        return out
    }

    private static let variants: [LayoutOptions] = [
        LayoutOptions(width: 80), LayoutOptions(width: 60), LayoutOptions(width: 20), LayoutOptions(width: 7),
        LayoutOptions(width: 40, shapesArabic: false), LayoutOptions(width: 40, bidi: .terminal),
        LayoutOptions(width: 40, directionOverride: .rightToLeft), LayoutOptions(width: 40, directionOverride: .leftToRight),
    ]

    private static func describe(_ line: VisualLine) -> String {
        var out = "indent \(line.indent) rtl \(line.isRightToLeft) |"
        for cell in line.cells {
            let scalars = cell.text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: "+")
            out += " \(scalars)/\(cell.width)/\(cell.style.rawValue)/\(cell.link.map(String.init) ?? "-")/\(cell.sourceRange.lowerBound)-\(cell.sourceRange.upperBound)"
        }
        return out + "\n"
    }

    /// Paragraphs of words drawn from many scripts and from the characters that exercise the
    /// special cases: marks, controls, emoji sequences, brackets, digits, tabs and line feeds.
    static func randomParagraphs(count: Int, seed: UInt64) -> [StyledParagraph] {
        var random = SeededRandom(seed: seed, stream: 0xD0_3B)
        let pieces: [String] = [
            "the", "quick", "brown", "fox", "(jumps)", "[over]", "lazy-dog", "3.14", "1,000", "-5", "a/b", "e\u{301}",
            "كتاب", "اللَّهُ", "لا", "ال", "١٢٣", "۱۴۰۳", "مكتبة،", "שָׁלוֹם", "עברית", "(שלום)", "東京", "天気。", "한국어",
            "👨‍👩‍👧", "🇯🇵", "❤️", "👍🏽", "1️⃣", "\u{2067}x\u{2069}", "\u{202E}abc", "\u{202C}", "\u{200F}", "\u{200D}",
            "\u{00AD}", "\t", "\n", " ", "  ", "﴿", "﴾", "«", "»", "“quoted”", "x\u{0301}\u{0302}\u{0303}\u{0304}\u{0305}\u{0306}",
            "\u{0301}", "\u{FFFF}", "\u{E0100}", "a\u{FE0F}", "\u{0600}", "\u{10FFFD}", "—", "…", "!", "?", "٪", "$5",
        ]
        let styles: [LayoutStyle] = [[], .bold, .italic, [.link, .underline], .highlight]
        let directions: [ParagraphDirection?] = [nil, nil, .leftToRight, .rightToLeft, .auto]
        return (0..<count).map { _ in
            var runs: [StyledRun] = []
            for _ in 0..<random.within(1...6) {
                var text = ""
                for _ in 0..<random.within(0...14) {
                    text += random.pick(pieces)
                    if random.chance(70) { text += " " }
                }
                runs.append(StyledRun(
                    text, style: random.pick(styles), link: random.chance(20) ? random.within(1...9) : nil,
                    isolate: random.pick(directions)))
            }
            return StyledParagraph(
                runs, direction: random.pick([.auto, .auto, .leftToRight, .rightToLeft]), isPreformatted: random.chance(10))
        }
    }
}
