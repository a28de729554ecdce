import CursesBackend

/// The terminal's width for `show` when standard output is one.
enum ReaderShowWidth {
    static func terminalColumns() -> Int? { TerminalSize.ofStandardOutput()?.width }
}
