/// newsboat's `urls` file: one feed per line, then tags separated by blanks (quoted when
/// they contain blanks); a `"~Title"` tag renames the feed, a `"!"` tag hides it in newsboat.
///
/// `exec:` and `filter:` lines name commands, and `query:` lines are newsboat's virtual feeds:
/// all are reported in `skipped` and never run.
public enum URLsFile {
    public static func parse(_ text: String) -> (subscriptions: [Subscription], skipped: [String]) {
        var subscriptions: [Subscription] = []
        var skipped: [String] = []
        var seen: Set<String> = []
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = tokens(line)
            guard let url = fields.first else { continue }
            let lower = url.lowercased()
            let lineNumber = index + 1
            if lower.hasPrefix("exec:") || lower.hasPrefix("filter:") {
                skipped.append("line \(lineNumber): \(TextCleanup.field(url) ?? url) runs a command; skipped, never run")
                continue
            }
            if lower.hasPrefix("query:") {
                skipped.append("line \(lineNumber): \(TextCleanup.field(url) ?? url) is a newsboat query feed; skipped")
                continue
            }
            guard let cleanURL = TextCleanup.field(url), !seen.contains(cleanURL) else { continue }
            var title: String?
            var tags: [String] = []
            for field in fields.dropFirst() {
                if field.hasPrefix("~") {
                    title = TextCleanup.field(String(field.dropFirst()))
                } else if field.hasPrefix("!") {
                    continue
                } else if let tag = TextCleanup.field(field), !tags.contains(tag) {
                    tags.append(tag)
                }
            }
            seen.insert(cleanURL)
            subscriptions.append(Subscription(url: cleanURL, title: title, tags: tags))
        }
        return (subscriptions, skipped)
    }

    /// Splits on blanks, keeping `"quoted words"` together (backslash escapes a quote).
    static func tokens(_ line: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        var hasToken = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" && quoted {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
                hasToken = true
            } else if (character == " " || character == "\t") && !quoted {
                if hasToken { tokens.append(current) }
                current = ""
                hasToken = false
            } else {
                current.append(character)
                hasToken = true
            }
        }
        if hasToken { tokens.append(current) }
        return tokens
    }
}
