import ArgumentParser
import Foundation
import NewsApp
import SahifaConfiguration
import TextLayout

/// How right-to-left text is handed to the terminal, shared by `read`, `demo` and `show`.
struct ReaderDisplayOptions: ParsableArguments {
    @Option(name: .long, help: "Who reorders right-to-left text: 'app' (sahifa, the default) or 'terminal' (a terminal that does BiDi itself).")
    var bidi: String?

    @Flag(name: .long, help: "Do not map Arabic letters to presentation forms (for terminals that shape Arabic themselves).")
    var noShaping = false

    /// The reader's settings: these options where given, else config.toml's, else the defaults.
    func settings(_ configuration: ConfigurationFile = ConfigurationFile()) throws -> ReaderSettings {
        var mode = configuration.bidi ?? .application
        if let bidi {
            guard let chosen = BidiMode(rawValue: bidi) else {
                throw CLIError.usage("--bidi must be 'app' or 'terminal', not '\(bidi)'")
            }
            mode = chosen
        }
        let shapes = !noShaping && (configuration.shapesArabic ?? true) && mode == .application
        let browser = ProcessInfo.processInfo.environment["BROWSER"].map { !$0.isEmpty } ?? false
        var settings = ReaderSettings(bidi: mode, shapesArabic: shapes, hasBrowser: browser)
        if let width = configuration.textWidth { settings.maximumTextWidth = width }
        return settings
    }
}
