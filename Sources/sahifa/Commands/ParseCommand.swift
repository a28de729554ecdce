import ArgumentParser
import FeedParsing
import Foundation

/// `sahifa parse FILE [--base-url URL] --json`: parse a feed file without a database and print
/// what the parser understood (DESIGN §4), for checking a feed or reporting a parsing bug.
struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse", abstract: "Parse a feed file without a database and print what it holds.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The feed file (RSS, RDF, Atom or JSON Feed).")
    var file: String

    @Option(name: .customLong("base-url"), help: "Resolve relative links against URL (default: the file's own URL).")
    var baseURL: String?

    @Flag(name: .long, help: "Print one JSON object (the only output format).")
    var json = false

    @Option(name: .long, help: "Read the file as this charset, as an HTTP Content-Type would say.")
    var charset: String?

    func run() async throws {
        let url = URL(fileURLWithPath: file)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CLIError("cannot read \(file): \((error as NSError).localizedDescription)")
        }
        var base = url
        if let baseURL {
            guard let parsed = URL(string: baseURL), parsed.scheme != nil else {
                throw CLIError.usage("--base-url must be an absolute URL, not '\(baseURL)'")
            }
            base = parsed
        }
        let feed: ParsedFeed
        do {
            feed = try FeedParser.parse(data, documentURL: base, httpCharset: charset)
        } catch {
            throw CLIError("\(file): \(error.description)")
        }
        print(feed.jsonText())
        for warning in feed.warnings {
            FileHandle.standardError.write(Data("sahifa: \(file): warning: \(warning)\n".utf8))
        }
    }
}
