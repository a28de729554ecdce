import NewsApp

/// Command names as `config.toml` writes them: the command in kebab case (`move-down`,
/// `refresh-all`, `follow-link-3`).
enum CommandName {
    static func name(of command: Command) -> String {
        var name = ""
        for character in command.rawValue {
            if character.isUppercase || (character.isNumber && !(name.last?.isNumber ?? false)) {
                name.append("-")
            }
            name.append(contentsOf: character.lowercased())
        }
        return name
    }

    static func command(named name: String) -> Command? {
        byName[name.lowercased()]
    }

    static let byName: [String: Command] = Dictionary(
        uniqueKeysWithValues: Command.allCases.map { (name(of: $0), $0) })
}
