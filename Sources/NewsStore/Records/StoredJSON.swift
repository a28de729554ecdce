import NewsModel

/// The JSON of an article's categories and enclosures columns, as Foundation's `JSONEncoder`
/// (default options) writes them, without its cost: a refresh encodes two arrays for every
/// article, and the encoder was a tenth of the writer's time. The bytes feed the content hash
/// that decides whether an article changed, so they must be stable: strings are escaped exactly
/// as the encoder escapes them, and an enclosure's keys always come in one order (url, type,
/// length), which the encoder did not guarantee.
enum StoredJSON {
    static func array(_ strings: [String]) -> String {
        guard !strings.isEmpty else { return "[]" }
        var out = "["
        for (index, string) in strings.enumerated() {
            if index > 0 { out += "," }
            appendString(string, to: &out)
        }
        out += "]"
        return out
    }

    static func array(_ enclosures: [Enclosure]) -> String {
        guard !enclosures.isEmpty else { return "[]" }
        var out = "["
        for (index, enclosure) in enclosures.enumerated() {
            if index > 0 { out += "," }
            out += "{\"url\":"
            appendString(enclosure.url, to: &out)
            if let type = enclosure.type {
                out += ",\"type\":"
                appendString(type, to: &out)
            }
            if let length = enclosure.length {
                out += ",\"length\":" + String(length)
            }
            out += "}"
        }
        out += "]"
        return out
    }

    /// A JSON string as the encoder writes it: `"`, `\` and `/` escaped with a backslash, the
    /// controls below U+0020 as `\b \f \n \r \t` or `\u00XX`, everything else as it is.
    private static func appendString(_ string: String, to out: inout String) {
        out += "\""
        var clean = string.utf8.startIndex
        let utf8 = string.utf8
        var index = clean
        while index != utf8.endIndex {
            let byte = utf8[index]
            let escape: String? =
                switch byte {
                case UInt8(ascii: "\""): "\\\""
                case UInt8(ascii: "\\"): "\\\\"
                case UInt8(ascii: "/"): "\\/"
                case 0x08: "\\b"
                case 0x0C: "\\f"
                case 0x0A: "\\n"
                case 0x0D: "\\r"
                case 0x09: "\\t"
                case 0x00..<0x20: "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
                default: nil
                }
            if let escape {
                out += string[clean..<index]
                out += escape
                clean = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        out += string[clean..<utf8.endIndex]
        out += "\""
    }
}
