/// An element's namespace and local name, as the format parsers match on them.
struct XMLElementName: Hashable, Sendable {
    var namespace: XMLNamespace
    var local: String

    func `is`(_ namespace: XMLNamespace, _ local: String) -> Bool {
        self.namespace == namespace && self.local == local
    }
}
