import ArgumentParser

/// `sahifa unbookmark ID… | --feed F | --all`.
struct UnbookmarkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unbookmark", abstract: "Remove bookmarks from articles.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var selection: ArticleSelection

    func run() async throws {
        try ArticleStateChange.bookmarked(false).run(selection, global: global)
    }
}
