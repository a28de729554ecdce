import TOMLKit

/// Typed reads of TOML values, each failure naming the setting and what it should be.
struct SettingsReader {
    let file: String

    func invalid(_ setting: String, _ problem: String) -> ConfigurationError {
        .invalid(file: file, setting: setting, problem: problem)
    }

    func section(_ table: TOMLTable, _ name: String) throws(ConfigurationError) -> TOMLTable {
        guard let section = table[name]?.table else { throw invalid(name, "must be a table: [\(name)]") }
        return section
    }

    /// Refuses keys outside `known`, naming the closest known one: a typo must not be ignored.
    func allow(_ section: TOMLTable, in name: String, only known: [String]) throws(ConfigurationError) {
        for key in section.keys where !known.contains(key) {
            throw invalid("[\(name)] \(key)", "unknown setting" + Suggestion.closest(to: key, among: known))
        }
    }

    func string(_ section: TOMLTable, _ key: String, in name: String) throws(ConfigurationError) -> String? {
        guard let value = section[key] else { return nil }
        guard let string = value.string else { throw invalid("[\(name)] \(key)", "must be a string") }
        return string
    }

    func bool(_ section: TOMLTable, _ key: String, in name: String) throws(ConfigurationError) -> Bool? {
        guard let value = section[key] else { return nil }
        guard let bool = value.bool else { throw invalid("[\(name)] \(key)", "must be true or false") }
        return bool
    }

    func int(
        _ section: TOMLTable, _ key: String, in name: String, range: ClosedRange<Int>
    ) throws(ConfigurationError) -> Int? {
        guard let value = section[key] else { return nil }
        guard let int = value.int, range.contains(int) else {
            throw invalid("[\(name)] \(key)", "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return int
    }

    func seconds(_ section: TOMLTable, _ key: String, in name: String) throws(ConfigurationError) -> Double? {
        guard let value = section[key] else { return nil }
        let seconds = value.int.map(Double.init) ?? value.double
        guard let seconds, seconds > 0, seconds <= 3600 else {
            throw invalid("[\(name)] \(key)", "must be a number of seconds, more than 0 and at most 3600")
        }
        return seconds
    }
}
