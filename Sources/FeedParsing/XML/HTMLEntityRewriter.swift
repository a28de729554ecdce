import Foundation

/// Rewrites what real feeds put after `&` into references XML accepts, before libxml2 sees
/// the document: HTML named references (`&eacute;`, `&nbsp;`, which the RSS 0.91 DTD defined
/// and many feeds still use) become numeric ones; numeric references to windows-1252 code
/// points (`&#150;`) become the characters HTML means; a bare `&` (`AT&T`) becomes `&amp;`.
///
/// Without this, libxml2 drops such references or the rest of the text. CDATA sections,
/// comments and the DOCTYPE are left alone; names the DOCTYPE declares are kept.
enum HTMLEntityRewriter {
    static func rewritten(_ input: [UInt8]) -> [UInt8] {
        input.withUnsafeBufferPointer { rewrittenIfNeeded($0) } ?? input
    }

    /// The rewritten bytes, or nil when `input` needs no edit (so callers can keep reading it in place).
    static func rewrittenIfNeeded(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var edits: [(start: Int, end: Int, replacement: [UInt8])] = []
        let bytes = input
        let count = bytes.count
        var declared: Set<String>?
        var index = 0
        let raw = UnsafeRawBufferPointer(bytes)
        while index < count {
            // Text between markup: skip eight bytes at a time while none is `<` or `&`.
            while index + 8 <= count, !mayHoldMarkup(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            }
            guard index < count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                index = skipMarkupDeclaration(bytes, at: index, declared: &declared)
                continue
            }
            if byte == UInt8(ascii: "&") {
                if let edit = edit(bytes, at: index, declared: declared) {
                    edits.append(edit)
                    index = edit.end
                    continue
                }
            }
            index += 1
        }
        if edits.isEmpty { return nil }
        var output = [UInt8]()
        output.reserveCapacity(input.count + edits.count * 8)
        var position = 0
        for edit in edits {
            output.append(contentsOf: input[position..<edit.start])
            output.append(contentsOf: edit.replacement)
            position = edit.end
        }
        output.append(contentsOf: input[position...])
        return output
    }

    /// Whether one of the eight bytes is `<` or `&` (a zero byte after XOR with either).
    @inline(__always)
    private static func mayHoldMarkup(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let angle = word ^ (ones &* 0x3C)
        let ampersand = word ^ (ones &* 0x26)
        return ((angle &- ones) & ~angle | (ampersand &- ones) & ~ampersand) & high != 0
    }

    /// Skips `<![CDATA[…]]>`, `<!--…-->` and `<!DOCTYPE …[…]>`, collecting declared entity names.
    private static func skipMarkupDeclaration(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, declared: inout Set<String>?
    ) -> Int {
        guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "!") else { return index + 1 }
        if matches(bytes, at: index, "<![CDATA[") { return find(bytes, "]]>", from: index + 9) }
        if matches(bytes, at: index, "<!--") { return find(bytes, "-->", from: index + 4) }
        if matches(bytes, at: index, "<!DOCTYPE") {
            var end = index + 9
            var inSubset = false
            while end < bytes.count {
                let byte = bytes[end]
                if byte == UInt8(ascii: "[") { inSubset = true }
                if byte == UInt8(ascii: "]") { inSubset = false }
                if byte == UInt8(ascii: ">") && !inSubset { break }
                end += 1
            }
            declared = declaredEntities(bytes, from: index, to: min(end, bytes.count))
            return end
        }
        return index + 1
    }

    private static func declaredEntities(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Set<String> {
        var names = Set<String>()
        var index = start
        while index < end {
            if matches(bytes, at: index, "<!ENTITY") {
                var cursor = index + 8
                while cursor < end, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 || bytes[cursor] == 0x0A { cursor += 1 }
                let nameStart = cursor
                while cursor < end, isNameByte(bytes[cursor]) { cursor += 1 }
                names.insert(String(decoding: bytes[nameStart..<cursor], as: UTF8.self))
                index = cursor
            } else {
                index += 1
            }
        }
        return names
    }

    private static func edit(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, declared: Set<String>?
    ) -> (start: Int, end: Int, replacement: [UInt8])? {
        let count = bytes.count
        var cursor = index + 1
        if cursor < count, bytes[cursor] == UInt8(ascii: "#") {
            cursor += 1
            let hex = cursor < count && (bytes[cursor] | 0x20) == UInt8(ascii: "x")
            if hex { cursor += 1 }
            var value: UInt32 = 0
            let digitsStart = cursor
            while cursor < count, let digit = digitValue(bytes[cursor], hex: hex), cursor - digitsStart < 8 {
                value = value * (hex ? 16 : 10) + digit
                cursor += 1
            }
            guard cursor > digitsStart, cursor < count, bytes[cursor] == UInt8(ascii: ";") else {
                return (index, index + 1, Array("&amp;".utf8))
            }
            let isXMLChar = value == 0x9 || value == 0xA || value == 0xD || (value >= 0x20 && value < 0x80)
                || (value >= 0xA0 && value < 0xD800) || (value >= 0xE000 && value < 0xFFFE) || (value >= 0x10000 && value < 0x110000)
            if isXMLChar { return nil }
            let replacement = HTMLEntities.scalar(forNumericReference: value).map { reference(for: $0.value) } ?? []
            return (index, cursor + 1, replacement)
        }
        let nameStart = cursor
        while cursor < count, isNameByte(bytes[cursor]), cursor - nameStart < 40 { cursor += 1 }
        guard cursor > nameStart, cursor < count, bytes[cursor] == UInt8(ascii: ";") else {
            return (index, index + 1, Array("&amp;".utf8))
        }
        if isPredefined(bytes, from: nameStart, to: cursor) { return nil }
        let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self)
        if declared?.contains(name) == true { return nil }
        guard let text = HTMLEntities.text(forName: name) else {
            return (index, index + 1, Array("&amp;".utf8))
        }
        return (index, cursor + 1, text.unicodeScalars.flatMap { reference(for: $0.value) })
    }

    /// `amp`, `lt`, `gt`, `quot`, `apos`: the entities XML itself defines (XML 1.0 §4.6).
    @inline(__always)
    private static func isPredefined(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        switch end - start {
        case 2:
            return (bytes[start] == UInt8(ascii: "l") || bytes[start] == UInt8(ascii: "g")) && bytes[start + 1] == UInt8(ascii: "t")
        case 3:
            return bytes[start] == UInt8(ascii: "a") && bytes[start + 1] == UInt8(ascii: "m") && bytes[start + 2] == UInt8(ascii: "p")
        case 4:
            return (bytes[start] == UInt8(ascii: "q") && bytes[start + 1] == UInt8(ascii: "u") && bytes[start + 2] == UInt8(ascii: "o")
                && bytes[start + 3] == UInt8(ascii: "t"))
                || (bytes[start] == UInt8(ascii: "a") && bytes[start + 1] == UInt8(ascii: "p") && bytes[start + 2] == UInt8(ascii: "o")
                    && bytes[start + 3] == UInt8(ascii: "s"))
        default:
            return false
        }
    }

    private static func reference(for value: UInt32) -> [UInt8] {
        Array("&#x\(String(value, radix: 16, uppercase: true));".utf8)
    }

    @inline(__always)
    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    @inline(__always)
    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        if byte >= 0x30 && byte <= 0x39 { return UInt32(byte - 0x30) }
        guard hex else { return nil }
        let lower = byte | 0x20
        if lower >= 0x61 && lower <= 0x66 { return UInt32(lower - 0x61 + 10) }
        return nil
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<length where bytes[index + offset] != pointer[offset] { return false }
        return true
    }

    /// The index just past the first `literal` at or after `start`, or the end. CDATA sections
    /// hold most of an RSS feed's bytes, so candidates are found with `memchr`.
    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let first = Int32(literal.utf8Start[0])
        var index = start
        while index < bytes.count {
            guard let hit = memchr(base + index, first, bytes.count - index) else { return bytes.count }
            index = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if matches(bytes, at: index, literal) { return index + literal.utf8CodeUnitCount }
            index += 1
        }
        return bytes.count
    }
}
