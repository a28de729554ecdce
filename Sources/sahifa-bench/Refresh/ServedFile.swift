import Foundation

/// One response body the loopback server can send, with the validators a client stores.
struct ServedFile: Sendable {
    let body: Data
    let contentType: String
    /// A strong entity tag derived from the bytes (FNV-1a, 64 bits), quoted as RFC 9110 §8.8.3 wants.
    let entityTag: String
    /// RFC 9110 §5.6.7 IMF-fixdate.
    let lastModified: String
    let lastModifiedSeconds: Int

    init(body: Data, contentType: String, lastModifiedSeconds: Int) {
        self.body = body
        self.contentType = contentType
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in body { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        entityTag = "\"\(String(hash, radix: 16))-\(body.count)\""
        self.lastModifiedSeconds = lastModifiedSeconds
        lastModified = HTTPDate.format(lastModifiedSeconds)
    }
}
