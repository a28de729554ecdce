import ArgumentParser
import Foundation

/// `sahifa-bench all`: every benchmark at a modest size, a few minutes on two cores.
struct AllCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all", abstract: "Run every benchmark at a modest size (200 feeds, 50,000 articles).")

    @Option(help: "Working directory shared by the benchmarks.")
    var workdir = "/tmp/sahifa-bench"

    @Option(help: "Directory for one JSON report per benchmark (none when absent).")
    var jsonDirectory: String?

    @Flag(help: "Skip newsboat and feedparser (sahifa figures only).")
    var skipReferences = false

    func run() throws {
        if let jsonDirectory { try FileManager.default.createDirectory(atPath: jsonDirectory, withIntermediateDirectories: true) }
        func json(_ name: String) -> [String] { jsonDirectory.map { ["--json", "\($0)/\(name).json"] } ?? [] }
        let steps: [(String, ParsableCommand.Type, [String])] = [
            ("corpus", CorpusCommand.self, ["--workdir", workdir, "--feeds", "260"] + json("corpus")),
            ("parse", ParseCommand.self,
             ["--workdir", workdir, "--megabytes", "50"] + (skipReferences ? ["--feedparser-repeats", "0"] : []) + json("parse")),
            ("layout", LayoutCommand.self, json("layout")),
            ("store", StoreCommand.self, ["--workdir", workdir, "--sizes", "50000"] + json("store")),
            ("refresh", RefreshCommand.self, ["--workdir", workdir, "--sizes", "200"] + (skipReferences ? ["--skip-newsboat"] : []) + json("refresh")),
        ]
        var failed: [String] = []
        for (name, type, arguments) in steps {
            print("\n== \(name)")
            do {
                var command = try type.parseAsRoot(arguments)
                try command.run()
            } catch {
                print("\(name) failed: \(error)")
                failed.append(name)
            }
        }
        if !failed.isEmpty { throw BenchFailure("failed: \(failed.joined(separator: ", "))") }
    }
}
