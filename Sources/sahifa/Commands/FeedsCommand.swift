import ArgumentParser

struct FeedsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "feeds", abstract: "List subscriptions with unread and total counts.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        _ = try global.dataPaths()
        throw CLIError.notImplemented("feeds")
    }
}
