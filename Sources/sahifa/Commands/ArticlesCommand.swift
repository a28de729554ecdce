import ArgumentParser

struct ArticlesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "articles", abstract: "List articles, newest first.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        _ = try global.dataPaths()
        throw CLIError.notImplemented("articles")
    }
}
