import ArgumentParser

struct ArticlesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "articles", abstract: "List articles, newest first.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        throw CLIError.notImplemented("articles")
    }
}
