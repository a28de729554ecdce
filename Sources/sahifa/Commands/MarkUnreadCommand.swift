import ArgumentParser

struct MarkUnreadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mark-unread", abstract: "Mark articles unread.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        _ = try global.dataPaths()
        throw CLIError.notImplemented("mark-unread")
    }
}
