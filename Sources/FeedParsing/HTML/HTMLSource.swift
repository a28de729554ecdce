import Foundation

/// Decodes an HTML file or page to text: a byte order mark, else `<meta charset>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">` in the first 1024 bytes (HTML
/// §13.2.3.2, simplified), else UTF-8 with invalid bytes read as windows-1252.
enum HTMLSource {
    static func decode(_ data: Data) -> String {
        let decoded = DocumentDecoder.decode(data, httpCharset: metaCharset(in: data))
        return String(decoding: decoded.utf8, as: UTF8.self)
    }

    static func metaCharset(in data: Data) -> String? {
        let head = String(decoding: data.prefix(1024), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        let name = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
        return name.isEmpty ? nil : String(name)
    }
}
