import ArgumentParser

/// Benchmarks of sahifa against the targets of DESIGN §9, run on demand in release mode.
@main
struct SahifaBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sahifa-bench",
        abstract: "Measure sahifa: corpus generation, parsing, refresh, store queries and layout.",
        discussion: "Build with `swift build -c release`; figures from debug builds mean nothing.",
        subcommands: [AllCommand.self, CorpusCommand.self, LayoutCommand.self, ParseCommand.self, RefreshCommand.self, StoreCommand.self])
}
