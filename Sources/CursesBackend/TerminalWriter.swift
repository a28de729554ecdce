import Glibc

/// Writes bytes straight to the terminal, unbuffered, so their order relative to ncurses' own
/// (flushed) output is exact.
enum TerminalWriter {
    static func send(_ sequence: String) {
        var bytes = Array(sequence.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { raw in
                write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }
}
