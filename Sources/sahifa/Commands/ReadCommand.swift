import ArgumentParser
import Foundation
import NewsApp

struct ReadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Open the reader on your database.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var display: ReaderDisplayOptions

    func run() async throws {
        try ReaderTerminalCheck.requireTerminal()
        let paths = try global.dataPaths()
        let configuration = try paths.configuration()
        let settings = try display.settings(configuration)
        let store = try DataPaths.openStore(at: paths)
        let services = ReaderServices.live(store: store, database: paths.database, refresh: configuration.refreshOptions())
        let status = try await ReaderSession.run(services: services, settings: settings, keymap: configuration.keymap)
        if status != 0 { Foundation.exit(status) }
    }
}
