/// A first look at decoded bytes, before any parser runs: JSON, XML, an HTML page, or neither.
enum DocumentShape: Equatable {
    case empty
    case json
    /// XML; a DOCTYPE naming the Netscape RSS 0.91 DTD gives the version when `<rss>` omits it.
    case xml(doctypeVersion: String?)
    case html
    /// Neither: `start` quotes the first few characters.
    case other(start: String)

    static func classify(_ utf8: [UInt8]) -> DocumentShape {
        var index = 0
        while index < utf8.count, utf8[index] == 0x20 || utf8[index] == 0x0A || utf8[index] == 0x0D || utf8[index] == 0x09 {
            index += 1
        }
        guard index < utf8.count else { return .empty }
        switch utf8[index] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            return .json
        case UInt8(ascii: "<"):
            let head = String(decoding: utf8[index..<min(utf8.count, index + 1024)], as: UTF8.self).lowercased()
            if let markup = firstMarkup(in: head) {
                if markup.hasPrefix("<!doctype html") || markup.hasPrefix("<html") { return .html }
            }
            return .xml(doctypeVersion: head.contains("dtd rss 0.91") ? "0.91" : nil)
        default:
            let sample = String(decoding: utf8[index..<min(utf8.count, index + 12)], as: UTF8.self)
            let printable = String(sample.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && $0 != "\u{FFFD}" }.map(Character.init))
            return .other(start: printable.isEmpty ? "binary data" : "\"\(printable)\"")
        }
    }

    /// The first tag or declaration that is not the XML declaration, a comment or a processing instruction.
    private static func firstMarkup(in head: String) -> Substring? {
        var rest = Substring(head)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[open...]
            if rest.hasPrefix("<?") {
                guard let close = rest.range(of: "?>") else { return nil }
                rest = rest[close.upperBound...]
            } else if rest.hasPrefix("<!--") {
                guard let close = rest.range(of: "-->") else { return nil }
                rest = rest[close.upperBound...]
            } else {
                return rest
            }
        }
        return nil
    }
}
