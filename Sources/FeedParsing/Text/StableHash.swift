/// FNV-1a, 64-bit: a fixed, unseeded hash, so an item without guid or link gets the same
/// identity on every fetch and in every process (Swift's `Hasher` is seeded per process).
enum StableHash {
    static func fnv1a64(_ parts: [String]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (index, part) in parts.enumerated() {
            if index > 0 {
                hash ^= 0x1F
                hash &*= 0x0000_0100_0000_01B3
            }
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        return hash
    }

    /// `hash:` and sixteen hex digits.
    static func identity(_ parts: [String]) -> String {
        let hex = String(fnv1a64(parts), radix: 16)
        return "hash:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
