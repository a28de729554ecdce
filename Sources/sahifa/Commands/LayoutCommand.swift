import ArgumentParser

struct LayoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "layout", abstract: "Lay out text from standard input and print its visual lines.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        _ = try global.dataPaths()
        throw CLIError.notImplemented("layout")
    }
}
