import Glibc

/// Encodes a document into a legacy single-byte encoding with glibc's iconv.
///
/// A character the encoding lacks (an emoji in an ISO-8859-1 feed) is written as an XML numeric
/// character reference, which is what publishing systems do and which parsers must decode. The
/// writers never put such characters inside CDATA for legacy encodings, so the reference is always
/// in text or attribute content.
struct LegacyEncoder {
    enum Failure: Error, CustomStringConvertible {
        case unsupported(String)
        var description: String {
            switch self {
            case .unsupported(let name): "iconv cannot convert UTF-8 to \(name)"
            }
        }
    }

    let encoding: CorpusEncoding

    func encode(_ text: String) throws(Failure) -> [UInt8] {
        var input = Array(text.utf8)
        if encoding == .utf8 { return input }
        let converter = iconv_open(encoding.iconvName, "UTF-8")
        guard let converter, Int(bitPattern: converter) != -1 else { throw .unsupported(encoding.iconvName) }
        defer { iconv_close(converter) }
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var chunk = [UInt8](repeating: 0, count: 65_536)
        input.withUnsafeMutableBufferPointer { source in
            var consumed = 0
            while consumed < source.count {
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(source.baseAddress! + consumed)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = source.count - consumed
                let produced = chunk.withUnsafeMutableBytes { target -> Int in
                    var outPointer: UnsafeMutablePointer<CChar>? = target.baseAddress!.assumingMemoryBound(to: CChar.self)
                    var outLeft = target.count
                    let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    let failure = status == -1 ? errno : 0
                    consumed = source.count - inLeft
                    if failure == EILSEQ || failure == EINVAL, outLeft >= 16 {
                        // Unencodable (or, impossibly for valid UTF-8, truncated): emit a reference.
                        // With less room left, the next pass starts on this character in a fresh chunk.
                        let length = Self.sequenceLength(source[consumed])
                        let scalar = Self.decodeScalar(source, at: consumed, length: length)
                        consumed += length
                        return target.count - outLeft + Self.writeReference(scalar, into: target, at: target.count - outLeft)
                    }
                    return target.count - outLeft
                }
                output.append(contentsOf: chunk[0..<produced])
            }
        }
        return output
    }

    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    private static func decodeScalar(_ bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int, length: Int) -> UInt32 {
        let lead = UInt32(bytes[start])
        var value = length == 1 ? lead : lead & (0xFF >> UInt32(length + 1))
        for offset in 1..<max(length, 1) where start + offset < bytes.count {
            value = value << 6 | UInt32(bytes[start + offset] & 0x3F)
        }
        return value
    }

    /// Writes `&#xHEX;` (ASCII, the same bytes in every supported encoding); returns its length.
    /// The caller guarantees 16 bytes of room, more than the longest reference (`&#x10FFFF;`).
    private static func writeReference(_ scalar: UInt32, into target: UnsafeMutableRawBufferPointer, at offset: Int) -> Int {
        let reference = Array("&#x\(String(scalar, radix: 16, uppercase: true));".utf8)
        for (index, byte) in reference.enumerated() { target[offset + index] = byte }
        return reference.count
    }
}
