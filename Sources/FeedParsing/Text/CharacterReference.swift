/// Decodes one HTML character reference (HTML §13.2.5.72 onwards): `&name;`, the legacy
/// names without a semicolon, `&#123;` and `&#x7B;` with HTML's replacements for invalid values.
enum CharacterReference {
    /// The characters and the index after the reference, or nil when `&` starts no reference.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> ([Unicode.Scalar], Int)? {
        let count = bytes.count
        var cursor = index + 1
        guard cursor < count else { return nil }
        if bytes[cursor] == UInt8(ascii: "#") {
            cursor += 1
            let hex = cursor < count && (bytes[cursor] | 0x20) == UInt8(ascii: "x")
            if hex { cursor += 1 }
            var value: UInt32 = 0
            let start = cursor
            while cursor < count, cursor - start < 8 {
                let byte = bytes[cursor]
                let digit: UInt32
                if byte >= 0x30 && byte <= 0x39 {
                    digit = UInt32(byte - 0x30)
                } else if hex, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x66 {
                    digit = UInt32((byte | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                value = value * (hex ? 16 : 10) + digit
                cursor += 1
            }
            guard cursor > start else { return nil }
            if cursor < count, bytes[cursor] == UInt8(ascii: ";") { cursor += 1 }
            let scalar = HTMLEntities.scalar(forNumericReference: value)
            return (scalar.map { [$0] } ?? [], cursor)
        }
        let start = cursor
        while cursor < count, cursor - start < 40 {
            let byte = bytes[cursor]
            let lower = byte | 0x20
            guard (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) else { break }
            cursor += 1
        }
        guard cursor > start else { return nil }
        let name = String(decoding: bytes[start..<cursor], as: UTF8.self)
        if cursor < count, bytes[cursor] == UInt8(ascii: ";"), let text = HTMLEntities.text(forName: name) {
            return (Array(text.unicodeScalars), cursor + 1)
        }
        // Legacy references: the longest known prefix of the name, without a semicolon.
        var length = name.utf8.count
        while length >= 2 {
            let prefix = String(name.prefix(length))
            if HTMLEntities.legacyNames.contains(prefix), let text = HTMLEntities.text(forName: prefix) {
                return (Array(text.unicodeScalars), start + length)
            }
            length -= 1
        }
        return nil
    }
}
