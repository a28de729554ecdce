import ArgumentParser

/// `sahifa bookmark ID… | --feed F | --all`.
struct BookmarkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bookmark", abstract: "Bookmark articles.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var selection: ArticleSelection

    func run() async throws {
        try ArticleStateChange.bookmarked(true).run(selection, global: global)
    }
}
