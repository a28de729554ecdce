import ArgumentParser

/// `sahifa mark-read ID… | --feed F | --all`.
struct MarkReadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mark-read", abstract: "Mark articles read.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var selection: ArticleSelection

    func run() async throws {
        try ArticleStateChange.read(true).run(selection, global: global)
    }
}
