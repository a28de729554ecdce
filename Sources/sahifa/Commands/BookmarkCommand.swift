import ArgumentParser

struct BookmarkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bookmark", abstract: "Bookmark articles.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        _ = try global.dataPaths()
        throw CLIError.notImplemented("bookmark")
    }
}
