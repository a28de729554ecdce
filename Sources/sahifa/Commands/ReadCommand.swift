import ArgumentParser
import Foundation
import NewsApp

struct ReadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "read", abstract: "Open the reader on your database.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var display: ReaderDisplayOptions

    func run() async throws {
        try ReaderTerminalCheck.requireTerminal()
        let settings = try display.settings()
        let paths = try global.dataPaths()
        let store = try DataPaths.openStore(at: paths)
        let status = try await ReaderSession.run(services: .live(store: store, database: paths.database), settings: settings)
        if status != 0 { Foundation.exit(status) }
    }
}
