import CursesBackend
import Foundation
import NewsApp
import TextSafety

/// Opens links in `$BROWSER` and copies them with OSC 52, for the reader on a real terminal.
final class TerminalHost: ReaderHost {
    private let screen: CursesScreen

    init(screen: CursesScreen) {
        self.screen = screen
    }

    /// Runs `$BROWSER` with the URL as one argument (never through a shell, DESIGN §8), handing it
    /// the terminal in case it is a text-mode browser. `$BROWSER` may list alternatives separated
    /// by `:` and use `%s` for the URL, as the convention has it.
    func openLink(_ url: String) -> StatusMessage {
        let safe = Self.clean(url)
        guard let scheme = URL(string: safe)?.scheme?.lowercased(), ["http", "https", "ftp", "gopher", "gemini", "file", "mailto"].contains(scheme) else {
            return StatusMessage("Not opening \(safe): not a web link", kind: .error)
        }
        guard let browser = ProcessInfo.processInfo.environment["BROWSER"], !browser.isEmpty else {
            return StatusMessage("Set $BROWSER to open links; y copies the link instead", kind: .error)
        }
        let command = browser.split(separator: ":").first.map(String.init) ?? browser
        var arguments = command.split(separator: " ").map(String.init)
        if let index = arguments.firstIndex(where: { $0.contains("%s") }) {
            arguments[index] = arguments[index].replacingOccurrences(of: "%s", with: safe)
        } else {
            arguments.append(safe)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        screen.suspend()
        defer { screen.resume() }
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return StatusMessage("Cannot run \(arguments.first ?? browser): \(error.localizedDescription)", kind: .error)
        }
        guard process.terminationStatus == 0 else {
            return StatusMessage("\(arguments.first ?? browser) exited with status \(process.terminationStatus)", kind: .error)
        }
        return StatusMessage("Opened \(safe)")
    }

    /// OSC 52 puts text on the clipboard of the terminal the user sits at, also over SSH; the
    /// payload is base64, so nothing in the link can reach the terminal as a control.
    func copyLink(_ url: String) -> StatusMessage {
        let safe = Self.clean(url)
        screen.sendControlSequence("\u{1B}]52;c;\(Data(safe.utf8).base64EncodedString())\u{07}")
        return StatusMessage("Copied \(safe)")
    }

    /// A link as one clean line: no controls, no line breaks, no format characters (bidi.md §5).
    static func clean(_ url: String) -> String {
        Sanitizer.terminalSafe(url).trimmingCharacters(in: .whitespaces)
    }
}
