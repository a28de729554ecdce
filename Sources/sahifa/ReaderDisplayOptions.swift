import ArgumentParser
import Foundation
import NewsApp
import TextLayout

/// How right-to-left text is handed to the terminal, shared by `read`, `demo` and `show`.
struct ReaderDisplayOptions: ParsableArguments {
    @Option(name: .long, help: "Who reorders right-to-left text: 'app' (sahifa, the default) or 'terminal' (a terminal that does BiDi itself).")
    var bidi: String = BidiMode.application.rawValue

    @Flag(name: .long, help: "Do not map Arabic letters to presentation forms (for terminals that shape Arabic themselves).")
    var noShaping = false

    func settings() throws -> ReaderSettings {
        guard let mode = BidiMode(rawValue: bidi) else {
            throw CLIError.usage("--bidi must be 'app' or 'terminal', not '\(bidi)'")
        }
        let browser = ProcessInfo.processInfo.environment["BROWSER"].map { !$0.isEmpty } ?? false
        return ReaderSettings(bidi: mode, shapesArabic: !noShaping && mode == .application, hasBrowser: browser)
    }
}
