/// Markdown inline syntax to HTML: code spans, `**strong**`/`__strong__`, `*emphasis*`/
/// `_emphasis_`, `[links](url "title")`, `![images](src)`, `<autolinks>`, bare http(s) URLs
/// and backslash escapes. Everything else is escaped text.
enum MarkdownInline {
    /// Links and emphasis nest at most this deep, and a closing delimiter is looked for at most
    /// `searchLimit` characters ahead: hostile input stays linear and shallow.
    static let maxNesting = 8
    static let searchLimit = 2000

    static func html(_ text: String) -> String {
        let characters = Array(text)
        let budget = ScanBudget(remaining: 16 * characters.count + 4096)
        return render(characters, depth: 0, budget: budget)
    }

    /// Characters all look-ahead scans of one paragraph may examine together: once spent,
    /// delimiters are taken literally, so even adversarial input is parsed in linear time.
    final class ScanBudget {
        var remaining: Int
        init(remaining: Int) { self.remaining = remaining }
    }

    private static func render(_ characters: [Character], depth: Int, budget: ScanBudget) -> String {
        if depth > maxNesting { return MarkupEscaping.escapedText(String(characters)) }
        var output = ""
        var index = 0
        let count = characters.count
        while index < count {
            let character = characters[index]
            switch character {
            case "\\" where index + 1 < count && characters[index + 1].isPunctuation || index + 1 < count && characters[index + 1].isSymbol:
                output += escape(characters[index + 1])
                index += 2
            case "`":
                let run = characters[index...].prefix { $0 == "`" }.count
                if let close = find(Array(repeating: "`", count: run), in: characters, from: index + run, before: min(count, index + searchLimit), budget: budget) {
                    let code = String(characters[(index + run)..<close]).trimmingCharacters(in: .whitespaces)
                    output += "<code>" + MarkupEscaping.escapedText(code) + "</code>"
                    index = close + run
                } else {
                    output += String(repeating: "`", count: run)
                    index += run
                }
            case "!" where index + 1 < count && characters[index + 1] == "[":
                if let link = LinkSyntax(characters, at: index + 1, budget: budget) {
                    output += "<img src=\"\(attribute(link.destination))\" alt=\"\(attribute(String(link.text)))\">"
                    index = link.end
                } else {
                    output += "!"
                    index += 1
                }
            case "[":
                if let link = LinkSyntax(characters, at: index, budget: budget) {
                    let title = link.title.map { " title=\"\(attribute($0))\"" } ?? ""
                    output += "<a href=\"\(attribute(link.destination))\"\(title)>" + render(link.text, depth: depth + 1, budget: budget) + "</a>"
                    index = link.end
                } else {
                    output += "["
                    index += 1
                }
            case "<":
                if let close = characters[index..<min(count, index + searchLimit)].firstIndex(of: ">"),
                    let url = Optional(String(characters[(index + 1)..<close])), isURL(url), !url.contains(" ")
                {
                    output += "<a href=\"\(attribute(url))\">" + MarkupEscaping.escapedText(url) + "</a>"
                    index = close + 1
                } else {
                    output += "&lt;"
                    index += 1
                }
            case "*", "_":
                if let (html, end) = emphasis(characters, at: index, depth: depth, budget: budget) {
                    output += html
                    index = end
                } else {
                    let run = characters[index...].prefix { $0 == character }.count
                    output += String(repeating: character, count: run)
                    index += run
                }
            case "h" where (index == 0 || !characters[index - 1].isLetter) && startsURL(characters, at: index):
                var end = index
                while end < count, !characters[end].isWhitespace, characters[end] != "<" { end += 1 }
                while end > index, ".,;:!?)\"'".contains(characters[end - 1]) { end -= 1 }
                let url = String(characters[index..<end])
                output += "<a href=\"\(attribute(url))\">" + MarkupEscaping.escapedText(url) + "</a>"
                index = end
            default:
                output += escape(character)
                index += 1
            }
        }
        return output
    }

    /// `**strong**`, `*em*` and their underscore forms; underscores only at word boundaries.
    private static func emphasis(_ characters: [Character], at index: Int, depth: Int, budget: ScanBudget) -> (String, Int)? {
        let marker = characters[index]
        let run = min(characters[index...].prefix { $0 == marker }.count, 3)
        let count = characters.count
        guard index + run < count, !characters[index + run].isWhitespace else { return nil }
        if marker == "_", index > 0, characters[index - 1].isLetter || characters[index - 1].isNumber { return nil }
        for width in stride(from: run, through: 1, by: -1) {
            let delimiter = Array(repeating: marker, count: width)
            var search = index + width
            let limit = min(characters.count, index + searchLimit)
            while let close = find(delimiter, in: characters, from: search, before: limit, budget: budget) {
                let before = characters[close - 1]
                let after = close + width < count ? characters[close + width] : " "
                let closes = !before.isWhitespace && (marker == "*" || !(after.isLetter || after.isNumber))
                    && (close + width >= count || characters[close + width] != marker || width == run)
                if closes && close > index + width {
                    let inner = render(Array(characters[(index + width)..<close]), depth: depth + 1, budget: budget)
                    let html: String
                    switch width {
                    case 3: html = "<strong><em>" + inner + "</em></strong>"
                    case 2: html = "<strong>" + inner + "</strong>"
                    default: html = "<em>" + inner + "</em>"
                    }
                    let prefix = String(repeating: marker, count: run - width)
                    return (MarkupEscaping.escapedText(prefix) + html, close + width)
                }
                search = close + 1
            }
        }
        return nil
    }

    private static func find(
        _ needle: [Character], in characters: [Character], from start: Int, before end: Int, budget: ScanBudget
    ) -> Int? {
        let end = min(end, characters.count)
        guard !needle.isEmpty, start <= end - needle.count else { return nil }
        var index = start
        while index <= end - needle.count {
            budget.remaining -= 1
            if budget.remaining < 0 { return nil }
            if characters[index] == needle[0], Array(characters[index..<(index + needle.count)]) == needle { return index }
            index += 1
        }
        return nil
    }

    private static func startsURL(_ characters: [Character], at index: Int) -> Bool {
        let rest = String(characters[index..<min(characters.count, index + 8)])
        return rest.hasPrefix("http://") || rest.hasPrefix("https://")
    }

    private static func isURL(_ text: String) -> Bool {
        text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("mailto:")
    }

    private static func escape(_ character: Character) -> String {
        switch character {
        case "&": return "&amp;"
        case "<": return "&lt;"
        case ">": return "&gt;"
        case "\"": return "&quot;"
        default: return String(character)
        }
    }

    private static func attribute(_ text: String) -> String { MarkupEscaping.escaped(text, escaping: .generated) }
}

/// `[text](destination "title")` starting at `[`.
struct LinkSyntax {
    var text: [Character]
    var destination: String
    var title: String?
    var end: Int

    init?(_ characters: [Character], at start: Int, budget: MarkdownInline.ScanBudget) {
        var depth = 0
        var index = start
        var closeBracket: Int?
        let scanEnd = min(characters.count, start + MarkdownInline.searchLimit)
        while index < scanEnd {
            budget.remaining -= 1
            if budget.remaining < 0 { return nil }
            if characters[index] == "[" { depth += 1 }
            if characters[index] == "]" {
                depth -= 1
                if depth == 0 {
                    closeBracket = index
                    break
                }
            }
            index += 1
        }
        guard let closeBracket, closeBracket + 1 < characters.count, characters[closeBracket + 1] == "(" else { return nil }
        guard closeBracket + 2 <= characters.count,
            let closeParen = characters[(closeBracket + 2)..<min(characters.count, closeBracket + 2 + MarkdownInline.searchLimit)]
                .firstIndex(of: ")")
        else { return nil }
        let inside = String(characters[(closeBracket + 2)..<closeParen]).trimmingCharacters(in: .whitespaces)
        var destination = inside
        var title: String?
        if let space = inside.firstIndex(of: " ") {
            destination = String(inside[..<space])
            let rest = inside[space...].trimmingCharacters(in: .whitespaces)
            if rest.count >= 2, let first = rest.first, first == "\"" || first == "'", rest.last == first {
                title = String(rest.dropFirst().dropLast())
            }
        }
        if destination.hasPrefix("<") && destination.hasSuffix(">") { destination = String(destination.dropFirst().dropLast()) }
        text = Array(characters[(start + 1)..<closeBracket])
        self.destination = destination
        self.title = title
        end = closeParen + 1
    }
}
