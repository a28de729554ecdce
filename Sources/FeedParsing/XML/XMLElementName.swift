/// An element's namespace and local name, as the format parsers match on them.
struct XMLElementName: Hashable, Sendable {
    var namespace: XMLNamespace
    var local: String
    /// The prefix as written, kept only to serialise embedded XHTML faithfully.
    var prefix: String?

    func `is`(_ namespace: XMLNamespace, _ local: String) -> Bool {
        self.namespace == namespace && self.local == local
    }
}
