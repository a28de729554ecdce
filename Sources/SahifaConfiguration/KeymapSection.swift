import NewsApp
import TOMLKit
import TerminalUI

/// The `[keys]` section: `command = "key"` or `command = ["key", …]`.
///
/// A command named here loses its default keys and gets exactly the ones listed (`[]` unbinds
/// it). A key listed here is taken from whatever default command had it. Two commands listing
/// the same key is an error, since one of them could never be reached. The search pane keeps its
/// own keys: there, printable keys type into the query.
enum KeymapSection {
    static func apply(_ section: TOMLTable, to base: Keymap, reader: SettingsReader) throws(ConfigurationError) -> Keymap {
        var bindings = base.bindings
        var claimed: [Key: String] = [:]
        for name in section.keys.sorted() {
            let setting = "[keys] \(name)"
            guard let command = CommandName.command(named: name) else {
                let names = CommandName.byName.keys.sorted()
                throw reader.invalid(setting, "unknown command" + Suggestion.closest(to: name, among: names))
            }
            let keys = try keyNames(section[name], setting: setting, reader: reader).map { (text) throws(ConfigurationError) -> Key in
                guard let key = KeyName.key(text) else {
                    throw reader.invalid(setting, "\"\(text)\" is not a key name (a character, Enter, Esc, Tab, Space, Up, PgDn, F1, Ctrl-x, …)")
                }
                return key
            }
            for (key, bound) in bindings where bound == command { bindings[key] = nil }
            for key in keys {
                if let other = claimed[key], other != name {
                    throw reader.invalid(setting, "\(key) is also given to \(other)")
                }
                claimed[key] = name
                bindings[key] = command
            }
        }
        return Keymap(bindings: bindings, searchBindings: base.searchBindings)
    }

    private static func keyNames(
        _ value: (any TOMLValueConvertible)?, setting: String, reader: SettingsReader
    ) throws(ConfigurationError) -> [String] {
        if let single = value?.string { return single.isEmpty ? [] : [single] }
        if let array = value?.array {
            var names: [String] = []
            for element in array {
                guard let name = element.string, !name.isEmpty else {
                    throw reader.invalid(setting, "must list key names as strings")
                }
                names.append(name)
            }
            return names
        }
        throw reader.invalid(setting, "must be a key name or a list of key names")
    }
}
