import ArgumentParser
import Foundation

/// `sahifa`: a terminal newsreader with right-to-left text done right.
@main
struct Sahifa: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sahifa",
        abstract: "A terminal newsreader for feeds and articles in any script.",
        version: SahifaVersion.current,
        subcommands: [
            ReadCommand.self,
            DemoCommand.self,
            AddCommand.self,
            RemoveCommand.self,
            FeedsCommand.self,
            RefreshCommand.self,
            ImportCommand.self,
            ExportCommand.self,
            ArticlesCommand.self,
            SearchCommand.self,
            ShowCommand.self,
            BookmarkCommand.self,
            UnbookmarkCommand.self,
            MarkReadCommand.self,
            MarkUnreadCommand.self,
            ParseCommand.self,
            LayoutCommand.self,
            VacuumCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )

    static func main() async {
        MemoryPolicy.apply()
        let arguments = ArgumentOrder.movingGlobalOptionsAfterCommand(Array(CommandLine.arguments.dropFirst()))
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as CLIError {
            FailureReport.print(error.description)
            Foundation.exit(error.exitCode)
        } catch {
            // Help, version, usage mistakes and clean exits keep ArgumentParser's own wording.
            let code = exitCode(for: error)
            if code == .success || error is CleanExit {
                exit(withError: error)
            }
            var line = fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
            if line.hasPrefix("Error: ") { line.removeFirst(7) }
            FailureReport.print(Self.sentenceCase(line))
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }

    /// ArgumentParser starts its messages with a capital ("The value 'x' is invalid…"); every
    /// other `sahifa:` line starts in lower case, so its first word follows suit unless it is an
    /// acronym or a name in capitals.
    static func sentenceCase(_ line: String) -> String {
        guard let first = line.first, first.isUppercase else { return line }
        let word = line.prefix { $0.isLetter }
        if word.count > 1, word.dropFirst().contains(where: \.isUppercase) { return line }
        return first.lowercased() + line.dropFirst()
    }
}
