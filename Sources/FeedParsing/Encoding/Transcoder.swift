import Glibc

/// Converts legacy-encoded bytes to UTF-8 with glibc's `iconv`, which knows every encoding
/// feeds still use (windows-125x, ISO-8859-x, KOI8-R, Shift_JIS, EUC-JP, GBK, Big5, UTF-16/32).
enum Transcoder {
    /// UTF-8 for `bytes` read as `encoding`, or nil when iconv does not know the encoding.
    /// A byte sequence invalid in that encoding becomes U+FFFD and conversion goes on, so
    /// nothing after a bad byte is lost.
    static func utf8(from bytes: UnsafeRawBufferPointer, encoding: String) -> [UInt8]? {
        let descriptor = iconv_open("UTF-8", encoding)
        if Int(bitPattern: descriptor) == -1 { return nil }
        defer { iconv_close(descriptor) }
        var output = [UInt8]()
        output.reserveCapacity(bytes.count + bytes.count / 2 + 16)
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        guard let base = bytes.baseAddress else { return [] }
        var input = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: CChar.self))
        var inputLeft = bytes.count
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        while inputLeft > 0 {
            let (result, produced, failure) = chunk.withUnsafeMutableBytes { out -> (Int, Int, Int32) in
                var outPointer: UnsafeMutablePointer<CChar>? = out.baseAddress!.assumingMemoryBound(to: CChar.self)
                var outLeft = out.count
                var inPointer: UnsafeMutablePointer<CChar>? = input
                let status = iconv(descriptor, &inPointer, &inputLeft, &outPointer, &outLeft)
                let failure = status == -1 ? errno : 0
                input = inPointer!
                return (status, out.count - outLeft, failure)
            }
            output.append(contentsOf: chunk[0..<produced])
            if result == -1 {
                switch failure {
                case E2BIG:
                    continue
                case EILSEQ:
                    output.append(contentsOf: replacement)
                    input += 1
                    inputLeft -= 1
                default:
                    // EINVAL: an incomplete sequence at the end of the input.
                    output.append(contentsOf: replacement)
                    inputLeft = 0
                }
            }
        }
        return output
    }
}
