import ArgumentParser
import Foundation
import NewsApp
import NewsModel

struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print an article laid out as the article pane shows it.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The article's id, as 'sahifa articles --json' prints it.")
    var id: Int64

    @Option(name: .long, help: "Columns to lay the article out to (default: the terminal's width, or 80).")
    var width: Int?

    @OptionGroup var display: ReaderDisplayOptions

    func run() async throws {
        let paths = try global.dataPaths()
        let settings = try display.settings(paths.configuration())
        let columns = width ?? ReaderShowWidth.terminalColumns() ?? 80
        guard columns >= 1 else { throw CLIError.usage("--width must be at least 1") }
        let store = try DataPaths.openStore(at: paths)
        guard let article = try withStoreErrors({ try store.article(ArticleID(id)) }) else {
            throw CLIError("no article with id \(id); 'sahifa articles' lists the ids")
        }
        let document = ReaderArticleDocument.document(for: article)
        let lines = ArticleLayout.lines(summary: article.summary, document: document, width: columns, settings: settings)
        var output = ""
        for line in lines {
            var text = line.text
            while text.last == " " { text.removeLast() }
            output += text + "\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
