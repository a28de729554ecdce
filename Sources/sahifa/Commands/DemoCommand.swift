import ArgumentParser
import FeedFetching
import Foundation
import NewsApp
import NewsStore

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Open the reader on the bundled demo collection (no network needed).",
        discussion: "Without --home the collection goes into a temporary directory that is removed when the reader closes.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var display: ReaderDisplayOptions

    func run() async throws {
        try ReaderTerminalCheck.requireTerminal()
        let temporary = global.home == nil ? try ReaderDemoHome.makeTemporary() : nil
        defer { temporary.map(ReaderDemoHome.remove) }
        let paths = try DataPaths.resolve(home: temporary?.path ?? global.home)
        let configuration = try paths.configuration()
        let settings = try display.settings(configuration)
        let store = try DataPaths.openStore(at: paths)
        try await ReaderDemoHome.importCollection(into: store)
        let services = ReaderServices.live(store: store, database: paths.database, refresh: configuration.refreshOptions())
        let status = try await ReaderSession.run(services: services, settings: settings, keymap: configuration.keymap)
        if status != 0 {
            temporary.map(ReaderDemoHome.remove)
            Foundation.exit(status)
        }
    }
}
