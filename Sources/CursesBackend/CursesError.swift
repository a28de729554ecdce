/// Why the reader could not take over the terminal; each is one line for the user.
public enum CursesError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (piped, cron, CI).
    case notATerminal
    /// ncurses does not know `$TERM`.
    case unknownTerminal(String)
    /// Neither the environment's locale nor C.UTF-8 gives UTF-8.
    case noUTF8Locale(String)

    public var description: String {
        switch self {
        case .notATerminal:
            "the reader needs a terminal (standard input and output are not a TTY)"
        case .unknownTerminal(let term):
            "cannot use terminal type '\(term)'; set TERM to one your system knows (e.g. xterm-256color)"
        case .noUTF8Locale(let codeset):
            "the locale's character set is \(codeset), and no UTF-8 locale (C.UTF-8) is installed; set LANG to a UTF-8 locale"
        }
    }
}
