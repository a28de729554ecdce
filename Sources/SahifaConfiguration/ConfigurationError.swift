/// What is wrong with `config.toml`, with what the user needs to fix it: the file, and the line
/// or the setting.
public enum ConfigurationError: Error, Equatable, CustomStringConvertible {
    /// The file exists but cannot be read, or is not UTF-8.
    case unreadable(file: String, reason: String)
    /// Not TOML: where the parser stopped and why.
    case syntax(file: String, line: Int, column: Int, message: String)
    /// Valid TOML with a setting sahifa does not know, or a value it cannot use.
    case invalid(file: String, setting: String, problem: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "cannot read \(file): \(reason)"
        case .syntax(let file, let line, let column, let message):
            "\(file) line \(line), column \(column): \(message)"
        case .invalid(let file, let setting, let problem):
            "\(file): \(setting): \(problem)"
        }
    }
}
