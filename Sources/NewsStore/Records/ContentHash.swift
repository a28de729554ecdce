/// A stable 64-bit FNV-1a digest of an article's stored fields, to tell "came back changed" from
/// "came back the same" without reading the stored body. (Swift's `Hasher` is seeded per process,
/// so it cannot be stored.)
struct ContentHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String?) {
        guard var text else {
            mix(0xFF)
            return
        }
        // Bodies are most of the bytes hashed: walk the contiguous UTF-8 buffer directly.
        text.withUTF8 { buffer in
            var value = self.value
            for byte in buffer {
                value ^= UInt64(byte)
                value = value &* 0x0000_0100_0000_01B3
            }
            self.value = value
        }
        mix(0xFE)
    }

    mutating func add(_ number: Double?) {
        add(number.map { String($0) })
    }

    private mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }

    var storedValue: Int64 { Int64(bitPattern: value) }
}
