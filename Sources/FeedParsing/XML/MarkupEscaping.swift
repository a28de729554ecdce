/// The one XML/HTML escaper: the feed parser, OPML export, Markdown conversion, link rewriting
/// and the bench corpus writers differ only in which characters their context needs escaped.
public enum MarkupEscaping {
    /// What to escape besides `&`, which every context needs.
    public struct Escapes: OptionSet, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let lessThan = Escapes(rawValue: 1 << 0)
        public static let greaterThan = Escapes(rawValue: 1 << 1)
        public static let quote = Escapes(rawValue: 1 << 2)
        /// `'` as `&#39;`, for values that may end up in single-quoted attributes.
        public static let apostrophe = Escapes(rawValue: 1 << 3)
        /// Newline, tab and CR as character references so they survive attribute normalization;
        /// other C0 controls, which XML 1.0 forbids, dropped.
        public static let controls = Escapes(rawValue: 1 << 4)

        /// Element content.
        public static let text: Escapes = [.lessThan, .greaterThan]
        /// A double-quoted attribute value copied from a parsed document.
        public static let attribute: Escapes = [.lessThan, .quote]
        /// Safe both as element content and in a double-quoted attribute.
        public static let textAndAttribute: Escapes = [.lessThan, .greaterThan, .quote]
        /// Like `textAndAttribute`, for text written from outside a document (OPML, Markdown).
        public static let generated: Escapes = [.lessThan, .greaterThan, .quote, .controls]
    }

    /// HTML void elements (HTML §13.1.2): they have no end tag, and `</br>` would read as a second `<br>`.
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    /// Inlined so each caller's constant `escapes` folds away on the parser's hot path.
    @inline(__always)
    static func append(_ bytes: some Sequence<UInt8>, escaping escapes: Escapes, to output: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "&"): output.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<") where escapes.contains(.lessThan): output.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">") where escapes.contains(.greaterThan): output.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\"") where escapes.contains(.quote): output.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'") where escapes.contains(.apostrophe): output.append(contentsOf: "&#39;".utf8)
            case UInt8(ascii: "\n") where escapes.contains(.controls): output.append(contentsOf: "&#10;".utf8)
            case UInt8(ascii: "\t") where escapes.contains(.controls): output.append(contentsOf: "&#9;".utf8)
            case UInt8(ascii: "\r") where escapes.contains(.controls): output.append(contentsOf: "&#13;".utf8)
            case 0..<0x20 where escapes.contains(.controls): continue
            default: output.append(byte)
            }
        }
    }

    static func appendText(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        append(text, escaping: .text, to: &output)
    }

    static func appendAttribute(_ value: String, to output: inout [UInt8]) {
        append(value.utf8, escaping: .attribute, to: &output)
    }

    /// `text` with the characters `escapes` names replaced by references; unchanged when there are none.
    public static func escaped(_ text: String, escaping escapes: Escapes) -> String {
        guard text.utf8.contains(where: { needsEscape($0, escapes) }) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        var text = text
        text.withUTF8 { append($0, escaping: escapes, to: &output) }
        return String(decoding: output, as: UTF8.self)
    }

    /// `text` as HTML character data.
    static func escapedText(_ text: String) -> String { escaped(text, escaping: .text) }

    private static func needsEscape(_ byte: UInt8, _ escapes: Escapes) -> Bool {
        switch byte {
        case UInt8(ascii: "&"): true
        case UInt8(ascii: "<"): escapes.contains(.lessThan)
        case UInt8(ascii: ">"): escapes.contains(.greaterThan)
        case UInt8(ascii: "\""): escapes.contains(.quote)
        case UInt8(ascii: "'"): escapes.contains(.apostrophe)
        case 0..<0x20: escapes.contains(.controls)
        default: false
        }
    }
}
