import ArgumentParser

struct UnbookmarkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unbookmark", abstract: "Remove bookmarks.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        _ = try global.dataPaths()
        throw CLIError.notImplemented("unbookmark")
    }
}
