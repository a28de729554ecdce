import Foundation

/// Resolves many links against one base: root-relative paths (`/a/b`, the common case inside
/// item bodies) are joined to the base's scheme and authority directly (RFC 3986 §5.2.2 with an
/// absolute path), and every other result is remembered for the rest of the body.
struct RelativeLinkCache {
    let base: URL
    private let origin: String?
    private var resolved: [String: String?] = [:]

    init(base: URL) {
        self.base = base
        // Printable ASCII first: then a byte search for ":" is exactly Foundation's `contains`.
        if let scheme = base.scheme, let host = base.host, host.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }),
            !host.utf8.contains(UInt8(ascii: ":"))
        {
            let port = base.port.map { ":\($0)" } ?? ""
            origin = "\(scheme)://\(host)\(port)"
        } else {
            origin = nil
        }
    }

    mutating func resolve(_ raw: String) -> String? {
        if let cached = resolved[raw] { return cached }
        let result: String?
        if let origin, raw.utf8.first == UInt8(ascii: "/"), raw.utf8.dropFirst().first != UInt8(ascii: "/"),
            !raw.utf8.contains(where: { $0 <= 0x20 || $0 >= 0x7F || $0 == UInt8(ascii: "\\") }), !Self.containsSlashDot(raw)
        {
            result = origin + raw
        } else {
            result = LinkResolver.resolve(raw, against: base)
        }
        resolved[raw] = result
        return result
    }

    /// `raw.contains("/.")` for printable ASCII `raw`, as a byte search.
    private static func containsSlashDot(_ raw: String) -> Bool {
        var previous: UInt8 = 0
        for byte in raw.utf8 {
            if previous == UInt8(ascii: "/") && byte == UInt8(ascii: ".") { return true }
            previous = byte
        }
        return false
    }
}
