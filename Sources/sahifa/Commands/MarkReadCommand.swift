import ArgumentParser

struct MarkReadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mark-read", abstract: "Mark articles read.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        _ = try global.dataPaths()
        throw CLIError.notImplemented("mark-read")
    }
}
