import FeedParsing

/// Escaping for the generated corpus, through the parser's own escapers so both agree.
enum Markup {
    /// Escapes `&`, `<`, `>` and `"` (enough for element content and double-quoted attributes).
    static func escape(_ text: String) -> String { MarkupEscaping.escaped(text, escaping: .textAndAttribute) }

    /// A JSON string literal; generated text has no DEL or C1 controls to decide about.
    static func jsonString(_ text: String) -> String { JSONStringEscaping.quoted(text, controls: .required) }
}
