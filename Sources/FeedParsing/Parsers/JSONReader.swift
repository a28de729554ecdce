import Foundation

/// Reads the JSON that JSON Feeds are made of straight from UTF-8 into the same values
/// `JSONSerialization` produces (`String`, `[Any]`, `[String: Any]`, `NSNumber`, `NSNull`),
/// without Foundation's intermediate tree and `NSString` bridging of every content string.
///
/// It reads only what it can read exactly as Foundation would: an object at the top, strings
/// with valid escapes, non-negative integers of up to 18 digits, `null`. Anything else (other
/// numbers, booleans, lone surrogate escapes, duplicate keys, syntax errors, deep nesting)
/// returns nil and the caller asks `JSONSerialization`, which also words any error.
struct JSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0
    /// Deeper documents go to Foundation, whose own nesting limit then applies.
    static let maxDepth = 100

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The top-level object of `utf8`, or nil when Foundation has to decide.
    static func object(in utf8: [UInt8]) -> [String: Any]? {
        utf8.withUnsafeBufferPointer { buffer -> [String: Any]? in
            var reader = JSONReader(buffer)
            reader.skipWhitespace()
            guard reader.peek() == UInt8(ascii: "{"), let root = reader.value() as? [String: Any] else { return nil }
            reader.skipWhitespace()
            return reader.index == buffer.count ? root : nil
        }
    }

    private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func value() -> Any? {
        skipWhitespace()
        guard let byte = peek() else { return nil }
        switch byte {
        case UInt8(ascii: "\""): return string()
        case UInt8(ascii: "{"): return object()
        case UInt8(ascii: "["): return array()
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return integer()
        case UInt8(ascii: "n"):
            guard literal("null") else { return nil }
            return NSNull()
        default: return nil
        }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
        index += count
        return true
    }

    private mutating func object() -> [String: Any]? {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { return nil }
        index += 1
        var result: [String: Any] = [:]
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            return result
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\""), let key = string() else { return nil }
            skipWhitespace()
            guard peek() == UInt8(ascii: ":") else { return nil }
            index += 1
            guard let member = value() else { return nil }
            // Keys equal as Swift strings (canonically equivalent) are left to Foundation too.
            if result.updateValue(member, forKey: key) != nil { return nil }
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"):
                index += 1
                return result
            default: return nil
            }
        }
    }

    private mutating func array() -> [Any]? {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { return nil }
        index += 1
        var result: [Any] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            return result
        }
        while true {
            guard let element = value() else { return nil }
            result.append(element)
            skipWhitespace()
            switch peek() {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"):
                index += 1
                return result
            default: return nil
            }
        }
    }

    /// A non-negative integer without leading zeros, fraction or exponent, up to 18 digits.
    private mutating func integer() -> NSNumber? {
        let start = index
        var value = 0
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
            if index - start > 18 { return nil }
        }
        if index - start > 1 && bytes[start] == UInt8(ascii: "0") { return nil }
        if let next = peek(), next == UInt8(ascii: ".") || next == UInt8(ascii: "e") || next == UInt8(ascii: "E") {
            return nil
        }
        return NSNumber(value: value)
    }

    /// A string literal starting at the opening quote; its bytes are copied once, unescaped.
    private mutating func string() -> String? {
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { return escapedString(from: start) }
            if byte < 0x20 { return nil }
            index += 1
        }
        return nil
    }

    private mutating func escapedString(from start: Int) -> String? {
        var output = [UInt8]()
        output.reserveCapacity(index - start + 256)
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < bytes.count {
            // Copy the run up to the next quote, backslash or control in one piece.
            let runStart = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20 {
                index += 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                index += 1
                return String(decoding: output, as: UTF8.self)
            }
            if byte < 0x20 { return nil }
            guard index + 1 < bytes.count else { return nil }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): output.append(escape)
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                guard let unit = hexUnit() else { return nil }
                var scalar = UInt32(unit)
                if unit >= 0xD800 && unit < 0xDC00 {
                    guard literal("\\u"), let low = hexUnit(), low >= 0xDC00 && low < 0xE000 else { return nil }
                    scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                } else if unit >= 0xDC00 && unit < 0xE000 {
                    return nil
                }
                UTF8Repair.appendUTF8(scalar, to: &output)
            default:
                return nil
            }
        }
        return nil
    }

    private mutating func hexUnit() -> UInt16? {
        guard index + 4 <= bytes.count else { return nil }
        var unit: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            unit = unit << 4 | UInt16(digit)
            index += 1
        }
        return unit
    }
}
