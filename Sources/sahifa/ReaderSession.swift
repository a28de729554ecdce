import CursesBackend
import Foundation
import NewsApp
import TerminalUI

/// Runs the interactive reader on the terminal: takes the screen over, runs the loop until the
/// user quits or a signal arrives, and always gives the terminal back (DESIGN §5).
enum ReaderSession {
    /// Returns the exit status: 0 after a normal quit, 128 + signal after SIGINT/SIGTERM/SIGHUP.
    static func run(
        services: ReaderServices, settings: ReaderSettings = ReaderSettings(), keymap: Keymap = .default
    ) async throws -> Int32 {
        let mailbox = ReaderMailbox()
        let screen: CursesScreen
        do {
            screen = try CursesScreen(onTerminate: { signal in mailbox.terminate(signal: signal) })
        } catch {
            throw CLIError(error.description)
        }
        let host = TerminalHost(screen: screen)
        let state = AppState(size: screen.size(), settings: settings, keymap: keymap)
        let loop = ReaderLoop(output: screen, input: screen, mailbox: mailbox, services: services, host: host, state: state)
        let signal = await loop.run()
        screen.shutdown()
        return signal.map { 128 + $0 } ?? 0
    }
}
