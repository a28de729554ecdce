import Foundation
import NewsApp
import TOMLKit
import TerminalUI
import TextLayout

/// The settings of `config.toml` (Docs/Configuration.md). A setting the file leaves out is nil,
/// so the command line can override the file and the file the defaults, in that order.
public struct ConfigurationFile: Equatable, Sendable {
    /// `[reader] bidi`: who reorders right-to-left text.
    public var bidi: BidiMode?
    /// `[reader] shaping`: Arabic presentation forms.
    public var shapesArabic: Bool?
    /// `[reader] text-width`: the widest measure of an article body, in columns.
    public var textWidth: Int?
    /// `[refresh] jobs`, `per-host` and `timeout` (seconds per feed).
    public var jobs: Int?
    public var perHost: Int?
    public var timeout: Double?
    /// The default key map with the `[keys]` section applied.
    public var keymap: Keymap

    public init(
        bidi: BidiMode? = nil, shapesArabic: Bool? = nil, textWidth: Int? = nil, jobs: Int? = nil,
        perHost: Int? = nil, timeout: Double? = nil, keymap: Keymap = .default
    ) {
        self.bidi = bidi
        self.shapesArabic = shapesArabic
        self.textWidth = textWidth
        self.jobs = jobs
        self.perHost = perHost
        self.timeout = timeout
        self.keymap = keymap
    }

    /// The file at `url`; no file at all is an empty configuration, not an error.
    public static func load(from url: URL) throws(ConfigurationError) -> ConfigurationFile {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
            return ConfigurationFile()
        } catch {
            throw .unreadable(file: url.path, reason: error.localizedDescription)
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw .unreadable(file: url.path, reason: "it is not UTF-8 text")
        }
        return try parse(text, file: url.path)
    }

    /// Reads the TOML text of a configuration file named `file` (for messages).
    public static func parse(_ text: String, file: String) throws(ConfigurationError) -> ConfigurationFile {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .syntax(
                file: file, line: error.source.begin.line, column: error.source.begin.column, message: error.description)
        } catch {
            throw .syntax(file: file, line: 1, column: 1, message: "\(error)")
        }
        let reader = SettingsReader(file: file)
        var configuration = ConfigurationFile()
        for key in table.keys {
            switch key {
            case "reader":
                let section = try reader.section(table, key)
                try reader.allow(section, in: key, only: ["bidi", "shaping", "text-width"])
                if let bidi = try reader.string(section, "bidi", in: key) {
                    guard let mode = BidiMode(rawValue: bidi) else {
                        throw reader.invalid("[reader] bidi", "must be \"app\" or \"terminal\", not \"\(bidi)\"")
                    }
                    configuration.bidi = mode
                }
                configuration.shapesArabic = try reader.bool(section, "shaping", in: key)
                configuration.textWidth = try reader.int(section, "text-width", in: key, range: 20...1000)
            case "refresh":
                let section = try reader.section(table, key)
                try reader.allow(section, in: key, only: ["jobs", "per-host", "timeout"])
                configuration.jobs = try reader.int(section, "jobs", in: key, range: 1...64)
                configuration.perHost = try reader.int(section, "per-host", in: key, range: 1...64)
                configuration.timeout = try reader.seconds(section, "timeout", in: key)
            case "keys":
                configuration.keymap = try KeymapSection.apply(reader.section(table, key), to: .default, reader: reader)
            default:
                throw reader.invalid(key, "unknown section; sahifa reads [reader], [refresh] and [keys]")
            }
        }
        return configuration
    }
}
