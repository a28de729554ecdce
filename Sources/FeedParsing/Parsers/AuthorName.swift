/// Reads a person from the forms feeds write: RSS 2.0 `author` is an e-mail address,
/// often `jo@example.org (Jo Doe)` or `Jo Doe <jo@example.org>`; the name is what a reader wants.
enum AuthorName {
    static func clean(_ raw: String) -> String {
        let text = HTMLText.decodeIfNeeded(raw).trimming(.whitespacesAndNewlines)
        // "jo@example.org (Jo Doe)"
        if let open = text.firstIndex(of: "("), text.hasSuffix(")"), text[..<open].contains("@") {
            let name = text[text.index(after: open)..<text.index(before: text.endIndex)]
            if !name.trimming(.whitespaces).isEmpty { return String(name) }
        }
        // "Jo Doe <jo@example.org>"
        if let open = text.firstIndex(of: "<"), text.hasSuffix(">"), open != text.startIndex {
            return String(text[..<open])
        }
        return text
    }
}
