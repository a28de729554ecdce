import Foundation

/// Makes the links inside an item's HTML absolute (`href`, `src`, `poster`, `cite`,
/// `action`, `background`), so stored bodies no longer depend on the `xml:base` or document
/// URL they came with. A byte scan over tags, not a full parse: bodies are rewritten on every
/// refresh, and only these attribute values change.
enum HTMLLinkRewriter {
    private static let linkAttributes: Set<String> = ["href", "src", "poster", "cite", "action", "background", "longdesc"]

    static func absolutized(_ html: String, base: URL?) -> String {
        guard let base, html.utf8.contains(UInt8(ascii: "=")) else { return html }
        var html = html
        return html.withUTF8 { bytes -> String in
            var edits: [(Range<Int>, String)] = []
            var index = 0
            let count = bytes.count
            while index < count {
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
                    let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
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
                    guard linkAttributes.contains(name), valueEnd > valueStart else { continue }
                    let value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
                    if isAbsoluteOrFragment(value) { continue }
                    let decoded = value.contains("&") ? HTMLText.plainText(value) : value
                    guard let resolved = LinkResolver.resolve(decoded, against: base) else { continue }
                    edits.append((valueStart..<valueEnd, attributeEscaped(resolved)))
                }
                index += 1
            }
            guard !edits.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
            var output = [UInt8]()
            output.reserveCapacity(count + edits.count * 32)
            var position = 0
            for (range, replacement) in edits {
                output.append(contentsOf: bytes[position..<range.lowerBound])
                output.append(contentsOf: replacement.utf8)
                position = range.upperBound
            }
            output.append(contentsOf: bytes[position..<count])
            return String(decoding: output, as: UTF8.self)
        }
    }

    private static func isAbsoluteOrFragment(_ value: String) -> Bool {
        let trimmed = value.drop { $0 == " " }
        if trimmed.hasPrefix("#") || trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://") { return true }
        guard let colon = trimmed.firstIndex(of: ":") else { return false }
        let scheme = trimmed[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    private static func attributeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    @inline(__always) private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x7A
    }
}
