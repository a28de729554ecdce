import ArgumentParser
import Foundation
import TextLayout

/// `sahifa-bench layout`: the layout engine on a ~100 KB mixed-direction article (issue 5 §11).
struct LayoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layout", abstract: "Lay out a ~100 KB mixed English/Arabic/Hebrew article at width 80, then re-lay it out at 60.")

    @Option(help: "Article size in KB of UTF-8 text.")
    var kilobytes = 100

    @Option(help: "Width of the first layout, in columns.")
    var width = 80

    @Option(help: "Width after the simulated terminal resize.")
    var resizeWidth = 60

    @Option(help: "Minimum measured runs per case.")
    var runs = 30

    @Option(help: "Seed of the article generator.")
    var seed: UInt64 = 1

    @Option(help: "Write a JSON report to this file.")
    var json: String?

    struct Case: Codable, Sendable {
        let name: String
        let width: Int
        let lines: Int
        let milliseconds: Percentiles
    }

    struct Results: Codable, Sendable {
        let bytes: Int
        let paragraphs: Int
        let characters: Int
        let cases: [Case]
    }

    func run() throws {
        let paragraphs = MixedArticle.paragraphs(targetBytes: kilobytes * 1_024, seed: seed)
        let bytes = paragraphs.reduce(0) { $0 + $1.text.utf8.count }
        let characters = paragraphs.reduce(0) { $0 + $1.text.count }
        print("layout: \(paragraphs.count) paragraphs, \(Format.megabytes(bytes)) (\(characters) characters), median of ≥ \(runs) runs")
        var cases: [Case] = []
        func measure(_ name: String, _ options: LayoutOptions) {
            var lines = 0
            let samples = Sampler.sample(minRuns: runs, minSeconds: 1) {
                lines = 0
                for paragraph in paragraphs { lines += TextLayoutEngine.layout(paragraph, options: options).count }
            }
            let stats = Percentiles(samples.map { $0 * 1000 })
            cases.append(Case(name: name, width: options.width, lines: lines, milliseconds: stats))
        }
        measure("first layout", LayoutOptions(width: width))
        // A resize reuses the paragraphs already built from the document: layout only, no parsing.
        measure("resize re-layout", LayoutOptions(width: resizeWidth))
        measure("terminal BiDi mode (logical, unshaped)", LayoutOptions(width: width, shapesArabic: false, bidi: .terminal))
        print(Format.table(
            ["case", "width", "lines", "p50", "p90", "max"],
            cases.map { [$0.name, "\($0.width)", "\($0.lines)", Format.number($0.milliseconds.p50) + " ms", Format.number($0.milliseconds.p90) + " ms", Format.number($0.milliseconds.max) + " ms"] }))
        let goals = cases.prefix(2).map { GoalCheck.atMost("\($0.name) of \(kilobytes) KB at width \($0.width), median", $0.milliseconds.p50, 5, unit: "ms") }
        try BenchReport(benchmark: "layout", results: Results(bytes: bytes, paragraphs: paragraphs.count, characters: characters, cases: cases), goals: goals)
            .finish(jsonPath: json)
    }
}
