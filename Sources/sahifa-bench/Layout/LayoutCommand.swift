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

    @Option(help: "Run each case exactly this many times, without warm-up (for instruction counts under perf or callgrind).")
    var fixedRuns: Int?

    @Flag(help: "Time runs by the thread's CPU time, not the wall clock: on a shared machine, time spent waiting for a core is left out.")
    var cpuTime = false

    @Option(help: "Measure only the cases whose name starts with this (e.g. \"first\", \"resize\").")
    var only: String?

    @Option(help: "Write every cell laid out for the article and random paragraphs to this file, to compare builds, and exit.")
    var dump: String?

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
        if let dump {
            try LayoutDump.render(article: paragraphs, seed: seed).write(toFile: dump, atomically: true, encoding: .utf8)
            print("wrote \(dump)")
            return
        }
        print("layout: \(paragraphs.count) paragraphs, \(Format.megabytes(bytes)) (\(characters) characters), ≥ \(runs) runs, \(cpuTime ? "thread CPU time" : "wall clock")")
        var cases: [Case] = []
        func sample(_ body: () -> Void) -> [Double] {
            if let fixedRuns { return Sampler.sample(warmUp: 0, minRuns: fixedRuns, maxRuns: fixedRuns, minSeconds: 0, body) }
            if cpuTime { return ThreadCPUSampler.sample(minRuns: runs, minSeconds: 1, body) }
            return Sampler.sample(minRuns: runs, minSeconds: 1, body)
        }
        func measure(_ name: String, _ options: LayoutOptions) {
            guard only.map(name.hasPrefix) ?? true else { return }
            var lines = 0
            let samples = sample {
                lines = 0
                for paragraph in paragraphs { lines += TextLayoutEngine.layout(paragraph, options: options).count }
            }
            cases.append(Case(name: name, width: options.width, lines: lines, milliseconds: Percentiles(samples.map { $0 * 1000 })))
        }
        measure("first layout", LayoutOptions(width: width))
        // What the article pane does on a resize: the styled paragraphs built from the document are
        // kept, so this is layout only, no parsing.
        measure("resize re-layout", LayoutOptions(width: resizeWidth))
        // The same resize for a caller that also keeps the width-independent work (`prepare`).
        let preparedName = "resize from prepared paragraphs"
        if only.map(preparedName.hasPrefix) ?? true {
            let prepared = paragraphs.map { TextLayoutEngine.prepare($0, options: LayoutOptions(width: width)) }
            var preparedLines = 0
            let preparedSamples = sample {
                preparedLines = 0
                for paragraph in prepared { preparedLines += paragraph.lines(width: resizeWidth).count }
            }
            cases.append(Case(
                name: preparedName, width: resizeWidth, lines: preparedLines, milliseconds: Percentiles(preparedSamples.map { $0 * 1000 })))
        }
        measure("terminal BiDi mode (logical, unshaped)", LayoutOptions(width: width, shapesArabic: false, bidi: .terminal))
        print(Format.table(
            ["case", "width", "lines", "p50", "p90", "p99", "max"],
            cases.map {
                [$0.name, "\($0.width)", "\($0.lines)"] + [$0.milliseconds.p50, $0.milliseconds.p90, $0.milliseconds.p99, $0.milliseconds.max].map { Format.number($0) + " ms" }
            }))
        let goals = cases.filter { $0.name == "first layout" || $0.name == "resize re-layout" }.map { GoalCheck.atMost("\($0.name) of \(kilobytes) KB at width \($0.width), median", $0.milliseconds.p50, 5, unit: "ms") }
        try BenchReport(benchmark: "layout", results: Results(bytes: bytes, paragraphs: paragraphs.count, characters: characters, cases: cases), goals: goals)
            .finish(jsonPath: json)
    }
}
