/// Lets global options stand before the command name (`sahifa --home D refresh`) by moving them after it,
/// where every command's `GlobalOptions` group parses them.
enum ArgumentOrder {
    static let globalOptionsWithValue: Set<String> = ["--home"]

    static func movingGlobalOptionsAfterCommand(_ arguments: [String]) -> [String] {
        var moved: [String] = []
        var rest: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if rest.isEmpty, globalOptionsWithValue.contains(argument), index + 1 < arguments.count {
                moved += [argument, arguments[index + 1]]
                index += 2
                continue
            }
            if rest.isEmpty, let name = argument.split(separator: "=").first.map(String.init),
                globalOptionsWithValue.contains(name), argument.contains("=")
            {
                moved.append(argument)
                index += 1
                continue
            }
            rest.append(argument)
            index += 1
        }
        guard let command = rest.first, !command.hasPrefix("-") else { return rest + moved }
        return [command] + moved + rest.dropFirst()
    }
}
