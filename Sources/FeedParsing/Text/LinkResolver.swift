import Foundation

/// Makes every link a feed gives absolute (RFC 3986 §5.2), resolved against the `xml:base`
/// in scope, the document URL or `--base-url`, and refuses schemes that run code.
enum LinkResolver {
    /// Schemes never kept: following them would run script instead of opening a page.
    private static let refusedSchemes: Set<String> = ["javascript", "vbscript", "data"]

    /// The absolute form of `raw`, nil when it is empty or refused; a relative link with no
    /// base is returned as written, having nothing to resolve against.
    static func resolve(_ raw: String, against base: URL?) -> String? {
        let trimmed = raw.trimmingWhitespace()
        if trimmed.isEmpty { return nil }
        if isPlainAbsolute(trimmed) { return trimmed }
        let encoded = percentEncodingInvalidBytes(trimmed)
        if let scheme = scheme(of: encoded) {
            if refusedSchemes.contains(scheme) { return nil }
            return URL(string: encoded)?.absoluteString ?? encoded
        }
        guard let base else { return encoded }
        return URL(string: encoded, relativeTo: base)?.absoluteURL.absoluteString ?? encoded
    }

    /// `raw` resolved against `base`, as a URL (for `xml:base` itself).
    static func url(_ raw: String, relativeTo base: URL?) -> URL? {
        guard let resolved = resolve(raw, against: base) else { return nil }
        return URL(string: resolved)
    }

    /// Fast path: `http(s)://` followed only by printable ASCII that needs no encoding.
    private static func isPlainAbsolute(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        let prefix = "http"
        for expected in prefix.utf8 { guard utf8.next() == expected else { return false } }
        var sawColon = false
        while let byte = utf8.next() {
            if byte <= 0x20 || byte >= 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "^")
                || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "|")
                || byte == UInt8(ascii: "}")
            {
                return false
            }
            if !sawColon {
                if byte == UInt8(ascii: ":") { sawColon = true; continue }
                if byte != UInt8(ascii: "s") { return false }
            }
        }
        return sawColon && (text.hasPrefix("http://") || text.hasPrefix("https://"))
    }

    private static func scheme(of text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let candidate = text[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
            candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") })
        else { return nil }
        return candidate.lowercased()
    }

    /// Percent-encodes spaces, non-ASCII and the characters RFC 3986 never allows, leaving
    /// existing escapes and reserved characters alone.
    static func percentEncodingInvalidBytes(_ text: String) -> String {
        let needs = text.utf8.contains { byte in
            byte <= 0x20 || byte >= 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "<")
                || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "^")
                || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "|")
                || byte == UInt8(ascii: "}")
        }
        guard needs else { return text }
        let hex = Array("0123456789ABCDEF".utf8)
        var output: [UInt8] = []
        for byte in text.utf8 {
            if byte <= 0x20 || byte >= 0x7F || "\"<>\\^`{|}".utf8.contains(byte) {
                output.append(UInt8(ascii: "%"))
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            } else {
                output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
