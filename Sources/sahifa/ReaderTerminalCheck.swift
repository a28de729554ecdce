import CursesBackend
import Glibc

/// The reader needs a terminal on both ends; saying so up front beats importing a demo first and
/// failing afterwards, and gives cron or a pipe a one-line error instead of a garbled screen.
enum ReaderTerminalCheck {
    static func requireTerminal() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw CLIError(CursesError.notATerminal.description)
        }
    }
}
