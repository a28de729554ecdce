/// A cursor over ASCII bytes for the date parsers.
struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var isAtEnd: Bool { index >= bytes.count }
    var current: UInt8? { index < bytes.count ? bytes[index] : nil }
    var peekDigit: Bool { current.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
    var peekSign: Bool { current == UInt8(ascii: "+") || current == UInt8(ascii: "-") }

    mutating func skip(_ byte: UInt8) -> Bool {
        guard current == byte else { return false }
        index += 1
        return true
    }

    mutating func digits(exactly count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<count {
            let byte = bytes[index + offset]
            guard byte >= 0x30 && byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        index += count
        return value
    }

    /// One or more digits, at most `limit`.
    mutating func digits(upTo limit: Int) -> Int? {
        var value = 0
        var read = 0
        while read < limit, let byte = current, byte >= 0x30 && byte <= 0x39 {
            value = value * 10 + Int(byte - 0x30)
            index += 1
            read += 1
        }
        return read > 0 ? value : nil
    }

    /// Digits after a decimal point, as a fraction of one.
    mutating func fraction() -> Double? {
        var value = 0.0
        var scale = 0.1
        var read = 0
        while let byte = current, byte >= 0x30 && byte <= 0x39 {
            if read < 9 { value += Double(byte - 0x30) * scale }
            scale /= 10
            index += 1
            read += 1
        }
        return read > 0 ? value : nil
    }

    mutating func sign() -> Int? {
        if skip(UInt8(ascii: "+")) { return 1 }
        if skip(UInt8(ascii: "-")) { return -1 }
        return nil
    }

    /// A run of ASCII letters, lower-cased.
    mutating func word() -> String {
        var letters: [UInt8] = []
        while let byte = current, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A {
            letters.append(byte | 0x20)
            index += 1
        }
        return String(decoding: letters, as: UTF8.self)
    }
}
