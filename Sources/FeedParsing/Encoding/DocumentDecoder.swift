import Foundation

/// A document's bytes as UTF-8, ready for libxml2 or the JSON parser, with how they were read.
struct DecodedDocument {
    var utf8: [UInt8]
    /// The encoding the bytes were read as ("UTF-8", "WINDOWS-1256" …).
    var encoding: String
    var warnings: [String]
}

/// Finds a document's encoding and converts it to UTF-8 before any parser sees it, so libxml2
/// only ever reads UTF-8 and every legacy encoding goes through one tested path.
///
/// Precedence (RFC 7303 §3.2 and the XML 1.0 appendix F): a byte order mark, then the HTTP
/// charset parameter, then the XML declaration, then UTF-8. UTF-8 that is not valid is repaired
/// byte by byte as windows-1252 rather than dropped.
enum DocumentDecoder {
    static func decode(_ data: Data, httpCharset: String?) -> DecodedDocument {
        data.withUnsafeBytes { decode($0, httpCharset: httpCharset) }
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, httpCharset: String?) -> DecodedDocument {
        if let (encoding, skip) = ByteOrderMark.detect(bytes) {
            let body = UnsafeRawBufferPointer(rebasing: bytes[skip...])
            if encoding == "UTF-8" { return utf8(body, label: "UTF-8", warnings: []) }
            if let converted = Transcoder.utf8(from: body, encoding: encoding) {
                return DecodedDocument(utf8: converted, encoding: encoding, warnings: [])
            }
        }
        var warnings: [String] = []
        let fromHTTP = httpCharset.flatMap { label -> String? in
            let trimmed = label.trimming(.whitespaces)
            if trimmed.isEmpty || CharsetName.isWide(trimmed) { return nil }
            return trimmed
        }
        let declared = XMLDeclaration.encoding(in: bytes).flatMap { CharsetName.isWide($0) ? nil : $0 }
        guard let label = fromHTTP ?? declared else {
            return utf8(bytes, label: "UTF-8", warnings: [])
        }
        switch CharsetName.kind(forLabel: label) {
        case .utf8:
            return utf8(bytes, label: "UTF-8", warnings: [])
        case .iconv(let name):
            // A declaration (not an HTTP header) naming a legacy encoding over bytes that are
            // valid, non-ASCII UTF-8 is a template leftover: real legacy text is almost never valid UTF-8.
            if fromHTTP == nil, UTF8Repair.firstInvalidIndex(in: bytes) == nil, containsNonASCII(bytes) {
                warnings.append("declared encoding \(label) ignored: the document is valid UTF-8")
                return DecodedDocument(utf8: Array(bytes), encoding: "UTF-8", warnings: warnings)
            }
            if let converted = Transcoder.utf8(from: bytes, encoding: name) {
                return DecodedDocument(utf8: converted, encoding: name, warnings: warnings)
            }
            warnings.append("unknown encoding \(label); read as UTF-8")
            return utf8(bytes, label: "UTF-8", warnings: warnings)
        }
    }

    private static func utf8(_ bytes: UnsafeRawBufferPointer, label: String, warnings: [String]) -> DecodedDocument {
        guard let invalid = UTF8Repair.firstInvalidIndex(in: bytes) else {
            return DecodedDocument(utf8: Array(bytes), encoding: label, warnings: warnings)
        }
        var warnings = warnings
        warnings.append("bytes that are not UTF-8 (first at offset \(invalid)) read as windows-1252")
        return DecodedDocument(utf8: UTF8Repair.repaired(bytes, from: invalid), encoding: label, warnings: warnings)
    }

    private static func containsNonASCII(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.contains { $0 >= 0x80 }
    }
}
