import ArgumentParser

/// `sahifa mark-unread ID… | --feed F | --all`.
struct MarkUnreadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mark-unread", abstract: "Mark articles unread.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var selection: ArticleSelection

    func run() async throws {
        try ArticleStateChange.read(false).run(selection, global: global)
    }
}
