@preconcurrency import CNcursesw
import Glibc
import TerminalUI

/// The size of the terminal on standard output, asked of the kernel (no ncurses session needed),
/// for commands that print laid-out text such as `show`.
public enum TerminalSize {
    public static func ofStandardOutput() -> Size? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var rows: Int32 = 0
        var columns: Int32 = 0
        guard cnc_terminal_size(STDOUT_FILENO, &rows, &columns) == 0 else { return nil }
        return Size(width: Int(columns), height: Int(rows))
    }
}
