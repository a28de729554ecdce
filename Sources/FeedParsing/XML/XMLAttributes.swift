@preconcurrency internal import CLibXML2

/// The attributes of one start tag, read in place from libxml2's SAX2 array (five pointers per
/// attribute: local name, prefix, URI, value start, value end). Valid only during the callback.
struct XMLAttributes {
    let raw: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    /// The value of the attribute with this local name (any namespace), entities decoded.
    subscript(_ name: StaticString) -> String? {
        guard let raw else { return nil }
        for index in 0..<count where Self.equals(raw[index * 5], name) {
            return value(at: index)
        }
        return nil
    }

    /// The value of `prefix:name`, e.g. `xml:lang`, `rdf:resource`.
    func value(_ name: StaticString, prefix: StaticString) -> String? {
        guard let raw else { return nil }
        for index in 0..<count where Self.equals(raw[index * 5], name) && Self.equals(raw[index * 5 + 1], prefix) {
            return value(at: index)
        }
        return nil
    }

    /// Every attribute as (prefix, local name, value), for writing embedded XHTML back out.
    func all() -> [(prefix: String?, name: String, value: String)] {
        guard let raw else { return [] }
        return (0..<count).compactMap { index in
            guard let local = raw[index * 5] else { return nil }
            return (raw[index * 5 + 1].map { String(cString: $0) }, String(cString: local), value(at: index))
        }
    }

    private func value(at index: Int) -> String {
        guard let raw, let start = raw[index * 5 + 3], let end = raw[index * 5 + 4] else { return "" }
        return String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
    }

    @inline(__always)
    static func equals(_ pointer: UnsafePointer<xmlChar>?, _ name: StaticString) -> Bool {
        guard let pointer else { return false }
        let expected = name.utf8Start
        let length = name.utf8CodeUnitCount
        for offset in 0..<length where pointer[offset] != expected[offset] { return false }
        return pointer[length] == 0
    }
}
