import TerminalUI

/// Key names as `config.toml` writes them (Docs/Configuration.md): one character stands for
/// itself (`"j"`, `"?"`, `"ب"`); named keys are matched without regard to case.
enum KeyName {
    /// The key `name` names, or nil when it names none.
    static func key(_ name: String) -> Key? {
        if name.count == 1, let character = name.first, !character.isWhitespace || character == " " {
            return .character(character)
        }
        let lower = name.lowercased()
        if let named = named[lower] { return named }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter else { return nil }
            return .control(letter)
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...12).contains(number) {
            return .function(number)
        }
        return nil
    }

    private static let named: [String: Key] = [
        "space": .character(" "),
        "enter": .enter, "return": .enter,
        "esc": .escape, "escape": .escape,
        "tab": .tab, "shift-tab": .backTab, "backtab": .backTab,
        "backspace": .backspace, "delete": .delete, "del": .delete,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "↑": .up, "↓": .down, "←": .left, "→": .right,
        "home": .home, "end": .end,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
    ]
}
