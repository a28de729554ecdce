/// Article bodies of 1–8 KB of HTML with the structures HTML-to-document must handle: paragraphs
/// with inline styles and links, headings, quotes, lists, code, figures, tables, entities, and
/// direction markup for right-to-left and mixed text.
struct HTMLBodyWriter {
    let text: TextGenerator
    let siteLink: String

    /// A body of at least `targetBytes` bytes of UTF-8.
    func body(targetBytes: Int, _ random: inout SeededRandom) -> String {
        var html = ""
        html.reserveCapacity(targetBytes + 1024)
        let rtl = text.language.isRightToLeft
        if rtl, random.chance(50) { html += "<div dir=\"rtl\" lang=\"\(text.language.tag)\">" }
        let wrapped = !html.isEmpty
        while html.utf8.count < targetBytes {
            let roll = random.below(100)
            switch roll {
            case 0..<58: html += "<p>" + paragraph(&random) + "</p>\n"
            case 58..<66:
                let level = random.within(2...4)
                html += "<h\(level)>" + Markup.escape(text.title(&random)) + "</h\(level)>\n"
            case 66..<73: html += "<blockquote><p>" + paragraph(&random) + "</p></blockquote>\n"
            case 73..<81: html += list(&random)
            case 81..<85:
                html += "<pre><code>let total = items.reduce(0) { $0 + $1.count }\nprint(\"total: \\(total)\")</code></pre>\n"
            case 85..<90:
                html += "<figure><img src=\"/images/\(random.below(10_000)).jpg\" alt=\"\(Markup.escape(text.title(&random)))\">"
                html += "<figcaption>" + Markup.escape(text.sentence(&random)) + "</figcaption></figure>\n"
            case 90..<95: html += table(&random)
            default: html += "<p>" + Markup.escape(text.sentence(&random)) + " &mdash; &#8220;" + Markup.escape(text.title(&random))
                + "&#8221;&nbsp;&amp; more</p><hr>\n"
            }
        }
        if wrapped { html += "</div>" }
        return html
    }

    /// Two to five sentences with inline markup (and, for mixed text, a quoted verse).
    private func paragraph(_ random: inout SeededRandom) -> String {
        var parts: [String] = []
        for _ in 0..<random.within(2...5) {
            let sentence = Markup.escape(text.sentence(&random))
            switch random.below(10) {
            case 0: parts.append("<b>" + sentence + "</b>")
            case 1: parts.append("<em>" + sentence + "</em>")
            case 2: parts.append("<a href=\"\(siteLink)/story/\(random.below(100_000))\">" + sentence + "</a>")
            case 3: parts.append(sentence + " <code>v\(random.within(1...9)).\(random.below(10))</code>")
            default: parts.append(sentence)
            }
        }
        if text.language == .mixed, random.chance(70) {
            let verse = random.pick(Lexicon.arabicQuotations)
            let quote = random.chance(50)
                ? "<span dir=\"rtl\" lang=\"ar\">﴿\(verse)﴾</span>" : "﴿\(verse)﴾"
            parts.insert(
                "As the verse says, \(quote) <b>“\(Markup.escape(text.words(random.within(4...8), &random)))”</b> [\(random.within(1...114)):\(random.within(1...200))].",
                at: random.below(parts.count + 1))
        }
        return parts.joined(separator: text.sentenceSeparator)
    }

    private func list(_ random: inout SeededRandom) -> String {
        let ordered = random.chance(40)
        var html = ordered ? "<ol>" : "<ul>"
        for _ in 0..<random.within(2...6) { html += "<li>" + Markup.escape(text.sentence(&random)) + "</li>" }
        return html + (ordered ? "</ol>\n" : "</ul>\n")
    }

    private func table(_ random: inout SeededRandom) -> String {
        var html = "<table><tr><th>" + Markup.escape(text.category(&random)) + "</th><th>" + Markup.escape(text.category(&random))
            + "</th></tr>"
        for _ in 0..<random.within(2...4) {
            html += "<tr><td>" + Markup.escape(text.name(&random)) + "</td><td>\(random.below(10_000))</td></tr>"
        }
        return html + "</table>\n"
    }
}
