/// Reads one tag, comment or declaration starting at `<` for the plain-text extractor.
enum HTMLTagScanner {
    struct Tag {
        /// Lower-cased element name; nil for comments, declarations and processing instructions.
        var name: String?
        var isEnd: Bool
        var isSelfClosing: Bool
        /// The `alt` attribute of an `img`, decoded.
        var alt: String?
        var end: Int
    }

    /// The tag at `index`, or nil when `<` does not start one (then it is text: `a < b`).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Tag? {
        let count = bytes.count
        var cursor = index + 1
        guard cursor < count else { return nil }
        let first = bytes[cursor]
        if first == UInt8(ascii: "!") {
            if cursor + 2 < count, bytes[cursor + 1] == UInt8(ascii: "-"), bytes[cursor + 2] == UInt8(ascii: "-") {
                var end = cursor + 3
                while end + 2 < count, !(bytes[end] == UInt8(ascii: "-") && bytes[end + 1] == UInt8(ascii: "-") && bytes[end + 2] == UInt8(ascii: ">")) {
                    end += 1
                }
                return Tag(name: nil, isEnd: false, isSelfClosing: false, end: min(end + 3, count))
            }
            return Tag(name: nil, isEnd: false, isSelfClosing: false, end: endOfTag(bytes, from: cursor))
        }
        if first == UInt8(ascii: "?") {
            return Tag(name: nil, isEnd: false, isSelfClosing: false, end: endOfTag(bytes, from: cursor))
        }
        var isEnd = false
        if first == UInt8(ascii: "/") {
            isEnd = true
            cursor += 1
        }
        guard cursor < count, (bytes[cursor] | 0x20) >= 0x61, (bytes[cursor] | 0x20) <= 0x7A else { return nil }
        let nameStart = cursor
        while cursor < count {
            let byte = bytes[cursor]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") {
                break
            }
            cursor += 1
        }
        let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self).lowercased()
        let end = endOfTag(bytes, from: cursor)
        let selfClosing = end >= 2 && bytes[end - 2] == UInt8(ascii: "/")
        var alt: String?
        if name == "img" && !isEnd {
            let inside = String(decoding: bytes[cursor..<max(cursor, end - 1)], as: UTF8.self)
            alt = attribute("alt", in: inside).map { HTMLText.plainText($0) }
        }
        return Tag(name: name, isEnd: isEnd, isSelfClosing: selfClosing, alt: alt, end: end)
    }

    /// Index after the `>` closing a tag, skipping quoted attribute values.
    private static func endOfTag(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var cursor = start
        var quote: UInt8 = 0
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                // Only a quote that opens an attribute value (after `=`) starts a quoted run.
                if cursor > start, bytes[cursor - 1] == UInt8(ascii: "=") { quote = byte }
            } else if byte == UInt8(ascii: ">") {
                return cursor + 1
            }
            cursor += 1
        }
        return bytes.count
    }

    private static func attribute(_ name: String, in tag: String) -> String? {
        var rest = Substring(tag)
        while let range = rest.range(of: name) {
            let before = rest[..<range.lowerBound].last
            var after = rest[range.upperBound...].drop { $0 == " " }
            rest = rest[range.upperBound...]
            guard before == nil || before == " " || before == "\n" || before == "\t", after.first == "=" else { continue }
            after = after.dropFirst().drop { $0 == " " }
            if let quote = after.first, quote == "\"" || quote == "'" {
                return String(after.dropFirst().prefix { $0 != quote })
            }
            return String(after.prefix { $0 != " " && $0 != ">" })
        }
        return nil
    }
}
