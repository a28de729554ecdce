import Foundation
import NewsModel
import TextLayout

/// Turns an `ArticleDocument` into flat blocks ready for layout at any width: headings bold, quotes
/// behind a bar, list items behind bullets or numbers, preformatted text cut rather than wrapped,
/// links followed by their number `[n]`, and direction hints turned into paragraph directions.
///
/// The result does not depend on the width, so a resize only repeats the layout step.
public struct ArticleRenderer: Sendable {
    /// The item's or feed's language: a direction hint for paragraphs with no letters to go by.
    public var language: String?

    public init(language: String? = nil) {
        self.language = language
    }

    public func render(_ document: ArticleDocument) -> [RenderedBlock] {
        render(document.blocks, gutter: [], spaceFirst: false, tight: false)
    }

    /// Renders sibling blocks. `gutter` is what every line of them starts with (quote bars, list
    /// indents); `tight` drops blank lines between them (inside list items).
    func render(_ blocks: [Block], gutter: [StyledRun], spaceFirst: Bool, tight: Bool) -> [RenderedBlock] {
        var output: [RenderedBlock] = []
        for (index, block) in blocks.enumerated() {
            let space = index == 0 ? spaceFirst : !tight
            output += render(block, gutter: gutter, space: space)
        }
        return output
    }

    func render(_ block: Block, gutter: [StyledRun], space: Bool) -> [RenderedBlock] {
        switch block {
        case .paragraph(let text):
            return textBlocks(text, style: [], gutter: gutter, space: space)
        case .heading(let level, let text):
            let style: LayoutStyle = level <= 2 ? [.bold, .heading, .underline] : [.bold, .heading]
            return textBlocks(text, style: style, gutter: gutter, space: space)
        case .blockquote(let inner):
            let bar = gutter + [StyledRun("│ ", style: [.quote, .dim])]
            return render(inner, gutter: bar, spaceFirst: space, tight: false)
        case .list(let ordered, let start, let items):
            return listBlocks(ordered: ordered, start: start, items: items, gutter: gutter, space: space)
        case .definitionList(let items):
            var output: [RenderedBlock] = []
            for (index, item) in items.enumerated() {
                output += textBlocks(item.term, style: [.bold], gutter: gutter, space: index == 0 ? space : true)
                let indent = gutter + [StyledRun("    ")]
                for definition in item.definitions {
                    output += render(definition, gutter: indent, spaceFirst: false, tight: true)
                }
            }
            return output
        case .preformatted(let text):
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            while lines.last?.isEmpty == true { lines.removeLast() }
            return lines.enumerated().map { index, line in
                let paragraph = StyledParagraph(
                    [StyledRun(line.isEmpty ? " " : line, style: [.code])], direction: .leftToRight,
                    isPreformatted: true)
                return RenderedBlock(.paragraph(paragraph), firstPrefix: gutter, prefix: gutter, spaceBefore: index == 0 && space)
            }
        case .table(let table):
            return [RenderedBlock(.table(table), firstPrefix: gutter, prefix: gutter, spaceBefore: space)]
        case .figure(let content, let caption):
            var output = render(content, gutter: gutter, spaceFirst: space, tight: false)
            if let caption {
                output += textBlocks(caption, style: [.italic, .dim], gutter: gutter, space: !output.isEmpty)
            }
            return output
        case .horizontalRule:
            return [RenderedBlock(.rule, firstPrefix: gutter, prefix: gutter, spaceBefore: space)]
        }
    }

    /// List items behind `• ` or `n. `, their continuation lines indented to match.
    func listBlocks(ordered: Bool, start: Int, items: [[Block]], gutter: [StyledRun], space: Bool) -> [RenderedBlock] {
        let markers = items.indices.map { ordered ? "\(start + $0)." : "•" }
        let markerWidth = (markers.map(\.count).max() ?? 1) + 1
        var output: [RenderedBlock] = []
        for (index, item) in items.enumerated() {
            let marker = markers[index].padding(toLength: markerWidth, withPad: " ", startingAt: 0)
            let indent = gutter + [StyledRun(String(repeating: " ", count: markerWidth))]
            var blocks = render(item, gutter: indent, spaceFirst: index == 0 ? space : false, tight: true)
            if blocks.isEmpty {
                blocks = [RenderedBlock(.paragraph(StyledParagraph(plain: " ")), prefix: indent)]
            }
            blocks[0].firstPrefix = gutter + [StyledRun(marker, style: ordered ? [] : [.dim])]
            if index == 0 { blocks[0].spaceBefore = space }
            output += blocks
        }
        return output
    }
}
