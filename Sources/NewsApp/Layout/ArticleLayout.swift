import NewsModel
import TextLayout

/// Lays an article out into visual lines for a width: header, body, numbered links. The article
/// pane draws these lines and `sahifa show` prints them, so both always agree (DESIGN §4).
public enum ArticleLayout {
    public static let linksHeading = "Links"

    public static func lines(
        summary: ArticleSummary, document: ArticleDocument, width: Int, settings: ReaderSettings
    ) -> [VisualLine] {
        let width = max(1, width)
        let options = settings.layoutOptions(width: width)
        var lines = header(summary, width: width, settings: settings)
        let blocks = ArticleRenderer(language: summary.language).render(document)
        lines.append(VisualLine(cells: []))
        lines += body(blocks, width: width, options: options)
        if !document.links.isEmpty {
            lines.append(VisualLine(cells: []))
            lines += TextLayoutEngine.layout(
                StyledParagraph(plain: linksHeading, style: [.bold, .heading], direction: .leftToRight), options: options)
            for (index, link) in document.links.enumerated() {
                let paragraph = StyledParagraph(
                    [StyledRun("[\(index + 1)] ", style: [.dim]), StyledRun(link, style: [.link])], direction: .leftToRight)
                lines += TextLayoutEngine.layout(paragraph, options: options)
            }
        }
        return lines
    }

    /// Title, then feed · author · date, then the article's link, then a rule.
    static func header(_ summary: ArticleSummary, width: Int, settings: ReaderSettings) -> [VisualLine] {
        let options = settings.layoutOptions(width: width)
        let title = summary.title.isEmpty ? "(untitled)" : summary.title
        var lines = TextLayoutEngine.layout(StyledParagraph(plain: title, style: [.bold, .heading]), options: options)
        var meta: [StyledRun] = [StyledRun(summary.feedTitle, style: [.dim], isolate: .auto)]
        if let author = summary.author, !author.isEmpty {
            meta += [StyledRun(" · ", style: [.dim]), StyledRun(author, style: [.dim], isolate: .auto)]
        }
        if let published = summary.published {
            meta += [StyledRun(" · " + DateText(timeZone: settings.timeZone).full(published), style: [.dim])]
        }
        lines += TextLayoutEngine.layout(StyledParagraph(meta, direction: .leftToRight), options: options)
        if let link = summary.link, !link.isEmpty {
            lines += TextLayoutEngine.layout(
                StyledParagraph(plain: link, style: [.link, .dim], direction: .leftToRight), options: options)
        }
        lines.append(rule(width: width, prefix: []))
        return lines
    }

    /// The body blocks, each wrapped inside its prefix, with blank lines where blocks ask for them.
    static func body(_ blocks: [RenderedBlock], width: Int, options: LayoutOptions) -> [VisualLine] {
        var lines: [VisualLine] = []
        for block in blocks {
            if block.spaceBefore, !lines.isEmpty { lines.append(VisualLine(cells: [])) }
            let prefixWidth = cells(of: block.prefix).reduce(0) { $0 + $1.width }
            let firstWidth = cells(of: block.firstPrefix).reduce(0) { $0 + $1.width }
            let contentWidth = max(1, width - max(prefixWidth, firstWidth))
            switch block.content {
            case .rule:
                lines.append(rule(width: width - prefixWidth, prefix: cells(of: block.prefix)))
            case .paragraph(let paragraph):
                var contentOptions = options
                contentOptions.width = contentWidth
                let laidOut = TextLayoutEngine.layout(paragraph, options: contentOptions)
                for (index, line) in laidOut.enumerated() {
                    lines.append(prefixed(line, with: index == 0 ? block.firstPrefix : block.prefix, width: contentWidth))
                }
            case .table(let table):
                for line in tableLines(table, width: contentWidth, options: options) {
                    lines.append(prefixed(line, with: block.prefix, width: contentWidth))
                }
            }
        }
        return lines
    }

    /// Puts a prefix before a line; for a right-to-left line the prefix goes, mirrored, on the
    /// right, where a right-to-left reader expects the bullet and the quote bar.
    static func prefixed(_ line: VisualLine, with prefix: [StyledRun], width: Int) -> VisualLine {
        let prefixCells = cells(of: prefix)
        guard !prefixCells.isEmpty else { return line }
        if line.isRightToLeft {
            let filled = VisualLine(indent: 0, cells: line.cells)
            let padding = max(0, width - filled.width)
            return VisualLine(indent: padding, cells: line.cells + prefixCells.reversed(), isRightToLeft: true)
        }
        return VisualLine(indent: 0, cells: prefixCells + spaces(line.indent) + line.cells, isRightToLeft: false)
    }

    static func rule(width: Int, prefix: [LaidOutCell]) -> VisualLine {
        let cell = LaidOutCell(text: "─", width: 1, style: [.dim], sourceRange: 0..<0)
        return VisualLine(cells: prefix + Array(repeating: cell, count: max(0, width)))
    }

    /// Prefix runs as cells (plain left-to-right text: bars, bullets, numbers, spaces).
    static func cells(of runs: [StyledRun]) -> [LaidOutCell] {
        runs.flatMap { run in
            run.text.map { LaidOutCell(text: String($0), width: 1, style: run.style, sourceRange: 0..<0) }
        }
    }

    static func spaces(_ count: Int) -> [LaidOutCell] {
        Array(repeating: LaidOutCell(text: " ", width: 1, sourceRange: 0..<0), count: max(0, count))
    }
}
