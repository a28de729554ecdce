import Foundation

/// YAML-style front matter many Markdown articles start with (`---`, `key: value` lines,
/// `---`): only title, date, author, language and tags are read.
struct FrontMatter {
    var fields: [String: String] = [:]
    /// The text after the front matter.
    var body: String

    init(_ text: String) {
        body = text
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else { return }
        for line in lines[1..<close] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
                value = String(value.dropFirst().dropLast())
            }
            fields[key] = value
        }
        body = lines[(close + 1)...].joined(separator: "\n")
    }

    var tags: [String] {
        guard let raw = fields["tags"] ?? fields["categories"] ?? fields["category"] else { return [] }
        return raw.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).split(separator: ",")
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"'")) }.filter { !$0.isEmpty }
    }
}
