/// Recognises a byte order mark, or the unmarked UTF-16/32 patterns of XML 1.0 appendix F.1
/// (a document starting with `<` or `{` whose neighbouring bytes are zero).
enum ByteOrderMark {
    /// The iconv name of the encoding and how many leading bytes to skip, or nil.
    static func detect(_ bytes: UnsafeRawBufferPointer) -> (encoding: String, skip: Int)? {
        let count = bytes.count
        func at(_ index: Int) -> UInt8? { index < count ? bytes[index] : nil }
        switch (at(0), at(1), at(2), at(3)) {
        case (0xEF, 0xBB, 0xBF, _): return ("UTF-8", 3)
        case (0x00, 0x00, 0xFE, 0xFF): return ("UTF-32BE", 4)
        case (0xFF, 0xFE, 0x00, 0x00): return ("UTF-32LE", 4)
        case (0xFE, 0xFF, _, _): return ("UTF-16BE", 2)
        case (0xFF, 0xFE, _, _): return ("UTF-16LE", 2)
        case (0x00, 0x00, 0x00, let d?) where d != 0: return ("UTF-32BE", 0)
        case (let a?, 0x00, 0x00, 0x00) where a != 0: return ("UTF-32LE", 0)
        case (0x00, let b?, 0x00, _) where b != 0 && b < 0x80: return ("UTF-16BE", 0)
        case (let a?, 0x00, _, 0x00) where a != 0 && a < 0x80: return ("UTF-16LE", 0)
        default: return nil
        }
    }
}
