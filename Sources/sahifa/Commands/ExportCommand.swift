import ArgumentParser
import Foundation
import NewsModel
import NewsStore

/// `sahifa export opml|bookmarks [--format json|markdown] [-o FILE]`.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export subscriptions as OPML or bookmarks as JSON or Markdown.")

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case opml, bookmarks
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "What to export: opml (subscriptions) or bookmarks.")
    var kind: Kind

    @Option(name: .long, help: "Bookmarks format: json or markdown (default json).")
    var format: Format?

    @Option(name: [.short, .customLong("output")], help: "Write to FILE instead of standard output.")
    var output: String?

    func validate() throws {
        if kind == .opml, format != nil { throw ValidationError("--format applies to bookmarks; OPML is always OPML") }
    }

    func run() async throws {
        let store = try global.openStore()
        let text: String
        switch kind {
        case .opml:
            text = try SubscriptionsExport.opml(try withStoreErrors { try store.feeds() })
        case .bookmarks:
            let bookmarks = try withStoreErrors { try store.articles(in: .bookmarked, limit: Int(Int32.max)) }
            switch format ?? .json {
            case .json: text = JSONValue.array(bookmarks.map(StoreJSON.article)).rendered() + "\n"
            case .markdown: text = BookmarksMarkdown.document(bookmarks)
            }
        }
        guard let output else {
            StandardOutput.write(text)
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CLIError("cannot write \(output): \(error.localizedDescription)")
        }
    }
}
