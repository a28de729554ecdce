import Foundation

/// Makes the links inside an item's HTML absolute (`href`, `src`, `poster`, `cite`,
/// `action`, `background`), so stored bodies no longer depend on the `xml:base` or document
/// URL they came with. A byte scan over tags, not a full parse: bodies are rewritten on every
/// refresh, and only these attribute values change.
enum HTMLLinkRewriter {
    private static let linkAttributes: Set<String> = ["href", "src", "poster", "cite", "action", "background", "longdesc"]

    static func absolutized(_ html: String, base: URL?) -> String {
        guard let base else { return html }
        // Made on the first relative link: most bodies have none, and reading the base's parts is not free.
        var resolver: RelativeLinkCache?
        var source = html
        let edits = source.withUTF8 { bytes -> [(Range<Int>, String)] in
            var edits: [(Range<Int>, String)] = []
            var index = 0
            let count = bytes.count
            let raw = UnsafeRawBufferPointer(bytes)
            while index < count {
                // Text between tags: eight bytes at a time while none is `<`.
                while index + 8 <= count, !mayHoldTagStart(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                }
                guard index < count else { break }
                guard bytes[index] == UInt8(ascii: "<"), index + 1 < count, isLetter(bytes[index + 1]) else {
                    index += 1
                    continue
                }
                index += 1
                while index < count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                // Attributes until the end of the tag.
                while index < count, bytes[index] != UInt8(ascii: ">") {
                    while index < count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
                    let nameStart = index
                    while index < count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="), bytes[index] != UInt8(ascii: ">") {
                        index += 1
                    }
                    let isLinkAttribute = Self.isLinkAttribute(UnsafeBufferPointer(rebasing: bytes[nameStart..<index]))
                    while index < count, isSpace(bytes[index]) { index += 1 }
                    guard index < count, bytes[index] == UInt8(ascii: "=") else {
                        if index == nameStart { index += 1 }
                        continue
                    }
                    index += 1
                    while index < count, isSpace(bytes[index]) { index += 1 }
                    guard index < count else { break }
                    let valueStart: Int
                    let valueEnd: Int
                    let quote = bytes[index]
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        valueStart = index + 1
                        var end = valueStart
                        while end < count, bytes[end] != quote { end += 1 }
                        valueEnd = end
                        index = min(end + 1, count)
                    } else {
                        valueStart = index
                        while index < count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                        valueEnd = index
                    }
                    guard isLinkAttribute, valueEnd > valueStart,
                        !isAbsoluteOrFragment(UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]))
                    else { continue }
                    let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
                    let decoded = containsAmpersand(value) ? HTMLText.plainText(value) : value
                    if resolver == nil { resolver = RelativeLinkCache(base: base) }
                    guard let resolved = resolver?.resolve(decoded) else { continue }
                    edits.append((valueStart..<valueEnd, attributeEscaped(resolved)))
                }
                index += 1
            }
            return edits
        }
        guard !edits.isEmpty else { return html }
        // Edits start and end next to ASCII quotes, spaces or `>`, so every cut is a scalar
        // boundary: the body is rebuilt from slices of itself, without validating it again.
        let utf8 = source.utf8
        var output = ""
        output.reserveCapacity(utf8.count + edits.count * 32)
        var position = utf8.startIndex
        for (range, replacement) in edits {
            output += source[position..<utf8.index(utf8.startIndex, offsetBy: range.lowerBound)]
            output += replacement
            position = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        }
        output += source[position...]
        return output
    }

    /// `href`, `src`, `poster`, `cite`, `action`, `background`, `longdesc`, any case; compared
    /// in place, since every attribute of every tag is asked.
    private static func isLinkAttribute(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        guard name.count >= 3, name.count <= 10 else { return false }
        for candidate in linkAttributeBytes where candidate.count == name.count {
            var equal = true
            for index in 0..<name.count where name[index] | 0x20 != candidate[index] {
                equal = false
                break
            }
            if equal { return true }
        }
        return false
    }

    private static let linkAttributeBytes: [[UInt8]] = linkAttributes.map { Array($0.utf8) }

    /// Whether one of the eight bytes is `<` (a zero byte after XOR with it).
    @inline(__always)
    private static func mayHoldTagStart(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let angle = word ^ (ones &* 0x3C)
        return (angle &- ones) & ~angle & (ones &* 0x80) != 0
    }

    /// Starts with a scheme (`https:`, `mailto:`) or is a fragment: nothing to resolve.
    private static func isAbsoluteOrFragment(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < value.count, isSpace(value[index]) { index += 1 }
        guard index < value.count else { return true }
        if value[index] == UInt8(ascii: "#") { return true }
        guard isLetter(value[index]) else { return false }
        while index < value.count {
            let byte = value[index]
            if byte == UInt8(ascii: ":") { return true }
            let isSchemeByte = isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            if !isSchemeByte { return false }
            index += 1
        }
        return false
    }

    /// Foundation's `value.contains("&")`, by bytes where that is the same answer: no `&` at
    /// all, or ASCII only (no mark can follow the `&` and change how Foundation matches it).
    static func containsAmpersand(_ value: String) -> Bool {
        guard value.utf8.contains(UInt8(ascii: "&")) else { return false }
        if value.utf8.allSatisfy({ $0 < 0x80 }) { return true }
        return value.contains("&")
    }

    /// The value goes back inside whichever quotes the source used, single or double.
    private static func attributeEscaped(_ text: String) -> String {
        MarkupEscaping.escaped(text, escaping: [.quote, .apostrophe])
    }

    @inline(__always) private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x7A
    }
}
