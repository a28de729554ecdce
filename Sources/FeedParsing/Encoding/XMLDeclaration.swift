/// Reads the `encoding` pseudo-attribute of an XML declaration (XML 1.0 §4.3.3) from raw,
/// ASCII-compatible bytes, before anything is decoded.
enum XMLDeclaration {
    static func encoding(in bytes: UnsafeRawBufferPointer) -> String? {
        let limit = min(bytes.count, 512)
        var start = 0
        while start < limit, bytes[start] == 0x20 || bytes[start] == 0x0A || bytes[start] == 0x0D || bytes[start] == 0x09 {
            start += 1
        }
        guard start + 5 < limit, Array(bytes[start..<start + 5]) == Array("<?xml".utf8) else { return nil }
        var end = start + 5
        while end + 1 < limit, !(bytes[end] == UInt8(ascii: "?") && bytes[end + 1] == UInt8(ascii: ">")) { end += 1 }
        let declaration = String(decoding: bytes[start..<end], as: UTF8.self)
        return pseudoAttribute("encoding", in: declaration)
    }

    /// Value of `name="…"` or `name='…'` inside a declaration or processing instruction.
    static func pseudoAttribute(_ name: String, in text: String) -> String? {
        guard let range = text.range(of: name) else { return nil }
        var rest = text[range.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return value.isEmpty ? nil : String(value)
    }
}
