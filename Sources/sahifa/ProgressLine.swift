import Foundation

/// The progress line of a long command on a terminal (`refreshing 120/200, 3 failed`): rewritten
/// in place with `\r` on stderr and erased at the end. Nothing of it is written when stderr is
/// not a terminal, so scripts and cron mail see only the summary.
final class ProgressLine: Sendable {
    private let verb: String

    private init(verb: String) { self.verb = verb }

    /// A progress line when stderr is a terminal, else nil.
    static func onTerminal(verb: String) -> ProgressLine? {
        isatty(STDERR_FILENO) == 1 ? ProgressLine(verb: verb) : nil
    }

    func show(completed: Int, total: Int, failed: Int) {
        // A hundred steps at most: a thousand rewrites would only cost time on a slow terminal.
        let step = max(1, total / 100)
        guard completed % step == 0 || completed == total else { return }
        let failures = failed > 0 ? ", \(failed) failed" : ""
        write("\r\u{1B}[K\(verb) \(completed)/\(total)\(failures)")
    }

    func clear() { write("\r\u{1B}[K") }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
