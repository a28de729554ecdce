import ArgumentParser

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Export subscriptions as OPML or bookmarks as JSON or Markdown.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        _ = try global.dataPaths()
        throw CLIError.notImplemented("export")
    }
}
