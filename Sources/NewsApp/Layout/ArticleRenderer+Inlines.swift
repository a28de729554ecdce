import NewsModel
import TextLayout

extension ArticleRenderer {
    /// A text block as one or more paragraphs: a line break inside it (`<br>`) is a paragraph
    /// separator for UAX #9 anyway, so each line is laid out as its own paragraph.
    func textBlocks(_ text: TextBlock, style: LayoutStyle, gutter: [StyledRun], space: Bool) -> [RenderedBlock] {
        let direction = direction(of: text)
        return lines(of: runs(of: text.inlines, adding: style)).enumerated().map { index, runs in
            RenderedBlock(
                .paragraph(StyledParagraph(runs, direction: direction)), firstPrefix: gutter, prefix: gutter,
                spaceBefore: index == 0 && space)
        }
    }

    /// Inline runs with their styles, each link followed by its number.
    func runs(of inlines: [Inline], adding extra: LayoutStyle) -> [StyledRun] {
        var runs: [StyledRun] = []
        for (index, inline) in inlines.enumerated() {
            var style = extra.union(Self.layoutStyle(inline.style))
            if inline.link != nil { style.insert(.link) }
            runs.append(StyledRun(inline.text, style: style, link: inline.link, isolate: Self.direction(inline.isolate)))
            let next = index + 1 < inlines.count ? inlines[index + 1].link : nil
            if let link = inline.link, next != link {
                runs.append(StyledRun("[\(link)]", style: extra.union([.link, .dim]), link: link))
            }
        }
        return runs
    }

    /// Splits runs at newlines into lines of runs; an empty line keeps a space so it shows.
    func lines(of runs: [StyledRun]) -> [[StyledRun]] {
        var lines: [[StyledRun]] = [[]]
        for run in runs {
            let pieces = run.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, piece) in pieces.enumerated() {
                if index > 0 { lines.append([]) }
                if !piece.isEmpty {
                    var part = run
                    part.text = String(piece)
                    lines[lines.count - 1].append(part)
                }
            }
        }
        let kept = lines.map { $0.isEmpty ? [StyledRun(" ")] : $0 }
        // Trailing breaks (`<br>` at the end of a paragraph) add nothing.
        var trimmed = kept
        while trimmed.count > 1, trimmed.last == [StyledRun(" ")] { trimmed.removeLast() }
        return trimmed
    }

    /// Direction from markup, then declared language, then — for text without letters, where
    /// the first-strong rule has nothing to go by — the article's language.
    func direction(of text: TextBlock) -> ParagraphDirection {
        if let hint = text.direction { return Self.direction(hint) ?? .auto }
        if let language = text.language {
            return LanguageDirection.isRightToLeft(language) ? .rightToLeft : .auto
        }
        if LanguageDirection.isRightToLeft(language), !text.plainText.contains(where: \.isLetter) {
            return .rightToLeft
        }
        return .auto
    }

    static func direction(_ hint: DirectionHint?) -> ParagraphDirection? {
        switch hint {
        case .leftToRight: .leftToRight
        case .rightToLeft: .rightToLeft
        case .auto: .auto
        case nil: nil
        }
    }

    static func layoutStyle(_ style: InlineStyle) -> LayoutStyle {
        var result: LayoutStyle = []
        if style.contains(.bold) { result.insert(.bold) }
        if style.contains(.italic) { result.insert(.italic) }
        if style.contains(.underline) { result.insert(.underline) }
        if style.contains(.strikethrough) { result.insert(.strikethrough) }
        if style.contains(.code) { result.insert(.code) }
        if style.contains(.quote) { result.insert(.quote) }
        return result
    }
}
