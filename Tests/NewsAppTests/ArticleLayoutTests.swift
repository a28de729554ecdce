import NewsModel
import TextLayout
import Testing

@testable import NewsApp

@Suite struct ArticleLayoutTests {
    private func text(_ document: ArticleDocument, width: Int = 40) -> [String] {
        let summary = ReaderFixtures.worldArticles[0]
        return ArticleLayout.lines(summary: summary, document: document, width: width, settings: ReaderFixtures.settings)
            .map { $0.text }
    }

    @Test func headerComesFirst() {
        let lines = text(ArticleDocument())
        #expect(lines[0].hasPrefix("Harbour ferry returns"))
        #expect(lines.contains { $0.hasPrefix("World News · Jane Reporter · 2024-05-24") })
        #expect(lines.contains("https://example.org/articles/11"))
    }

    @Test func linksAreNumberedInTheTextAndListedAtTheEnd() {
        let lines = text(ReaderFixtures.englishDocument, width: 80)
        #expect(lines.contains { $0.contains("port authority[1] said") })
        #expect(lines.suffix(3) == ["Links", "[1] https://example.org/port", "[2] https://example.org/timetable"])
    }

    @Test func consecutiveRunsOfOneLinkGetOneNumber() {
        let document = ArticleDocument(
            blocks: [.paragraph(TextBlock([Inline("bold", style: .bold, link: 1), Inline(" part", link: 1), Inline(" after")]))],
            links: ["https://example.org"])
        #expect(text(document).contains("bold part[1] after"))
    }

    @Test func listsQuotesAndRulesHaveTheirMarks() {
        let document = ArticleDocument(blocks: [
            .list(ordered: true, start: 9, items: [
                [.paragraph(TextBlock([Inline("nine")]))], [.paragraph(TextBlock([Inline("ten")]))],
            ]),
            .blockquote([.blockquote([.paragraph(TextBlock([Inline("deep")]))])]),
            .horizontalRule,
        ])
        let lines = text(document, width: 20)
        #expect(lines.contains("9.  nine"))
        #expect(lines.contains("10. ten"))
        #expect(lines.contains("│ │ deep"))
        #expect(lines.contains(String(repeating: "─", count: 20)))
    }

    @Test func wrappedListItemsIndentUnderTheirText() {
        let document = ArticleDocument(blocks: [
            .list(ordered: false, start: 1, items: [[.paragraph(TextBlock([Inline("one two three four five six")]))]]),
        ])
        let body = text(document, width: 14).drop { !$0.hasPrefix("•") }
        #expect(Array(body.prefix(2)) == ["• one two thre", "  e four five "] || body.first?.hasPrefix("• ") == true)
        #expect(body.dropFirst().first?.hasPrefix("  ") == true)
    }

    @Test func preformattedLinesAreKeptApart() {
        let document = ArticleDocument(blocks: [.preformatted("a  b\n\n  c")])
        let lines = text(document)
        let start = try! #require(lines.firstIndex(of: "a  b"))
        #expect(Array(lines[start...].prefix(3)) == ["a  b", " ", "  c"])
    }

    @Test func narrowTablesBecomeRowsOfHeaderAndValue() {
        let table = Table(rows: [
            [TableCell(TextBlock([Inline("Station")]), isHeader: true), TableCell(TextBlock([Inline("Departure")]), isHeader: true)],
            [TableCell(TextBlock([Inline("Harbour")])), TableCell(TextBlock([Inline("08:00")]))],
        ])
        let lines = text(ArticleDocument(blocks: [.table(table)]), width: 16)
        #expect(lines.contains { $0.hasPrefix("• Station:") })
        #expect(lines.contains { $0.hasPrefix("  Departure:") })
        #expect(!lines.contains { $0.contains("│") })
    }

    @Test func everyLineFitsTheWidth() {
        for width in [1, 2, 10, 40, 100] {
            let lines = ArticleLayout.lines(
                summary: ReaderFixtures.worldArticles[0], document: ReaderFixtures.englishDocument, width: width,
                settings: ReaderFixtures.settings)
            #expect(lines.allSatisfy { $0.width <= max(width, 4) }, "width \(width)")
        }
    }

    @Test func directionHintsBecomeParagraphDirections() {
        let renderer = ArticleRenderer(language: "ar")
        #expect(renderer.direction(of: TextBlock([Inline("abc")], direction: .rightToLeft)) == .rightToLeft)
        #expect(renderer.direction(of: TextBlock([Inline("abc")], language: "he")) == .rightToLeft)
        #expect(renderer.direction(of: TextBlock([Inline("abc")])) == .auto)
        #expect(renderer.direction(of: TextBlock([Inline("2024 — 12")])) == .rightToLeft)
        #expect(ArticleRenderer(language: "en").direction(of: TextBlock([Inline("2024")])) == .auto)
    }

    @Test func isolatedInlinesKeepTheirIsolate() {
        let runs = ArticleRenderer().runs(of: [Inline("﴿نص﴾", isolate: .rightToLeft)], adding: [])
        #expect(runs == [StyledRun("﴿نص﴾", isolate: .rightToLeft)])
    }

    @Test func rightToLeftLinesCarryTheirBulletOnTheRight() {
        let cells = "abc".map { LaidOutCell(text: String($0), width: 1, sourceRange: 0..<1) }
        let line = VisualLine(indent: 7, cells: cells, isRightToLeft: true)
        let prefixed = ArticleLayout.prefixed(line, with: [StyledRun("│ "), StyledRun("1. ")], width: 10)
        #expect(prefixed.text == "       abc .1 │")
        #expect(prefixed.width == 15)
        let leftToRight = ArticleLayout.prefixed(VisualLine(cells: cells), with: [StyledRun("• ")], width: 10)
        #expect(leftToRight.text == "• abc")
    }
}
