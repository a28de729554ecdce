import ArgumentParser
@preconcurrency import Glibc

/// Benchmarks of sahifa against the targets of DESIGN §9, run on demand in release mode.
@main
struct SahifaBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sahifa-bench",
        abstract: "Measure sahifa: corpus generation, parsing, refresh, store queries and layout.",
        discussion: "Build with `swift build -c release`; figures from debug builds mean nothing.",
        subcommands: [AllCommand.self, CorpusCommand.self, LayoutCommand.self, ParseCommand.self, RefreshCommand.self, StoreCommand.self])

    /// Line-buffered output, so progress shows up when a long run is redirected to a file.
    static func main() async {
        setvbuf(stdout, nil, _IOLBF, 0)
        do {
            var command = try parseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
