@preconcurrency internal import CLibXML2

/// libxml2's HTML parser (HTML 4 rules with HTML5-era recovery), used as a tree to walk.
///
/// Options: RECOVER for real-world markup, NONET, NOERROR|NOWARNING so nothing reaches
/// stderr, and not NOBLANKS, which would delete the space in `<b>a</b> <i>b</i>`.
enum HTMLTree {
    static func withDocument<Result>(_ html: String, _ body: (xmlNodePtr) -> Result) -> Result? {
        LibXML2Setup.ensureInitialized()
        // HTML5 named references libxml2 does not know (`&apos;`, `&hellip;` variants) become
        // numeric; the string's own bytes are parsed in place when nothing needs rewriting.
        var source = html
        let document = source.withUTF8 { buffer -> htmlDocPtr? in
            guard let rewritten = HTMLEntityRewriter.rewrittenIfNeeded(buffer) else { return read(buffer) }
            return rewritten.withUnsafeBufferPointer { read($0) }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return body(root)
    }

    private static func read(_ buffer: UnsafeBufferPointer<UInt8>) -> htmlDocPtr? {
        let options =
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NODEFDTD.rawValue | HTML_PARSE_COMPACT.rawValue
            | HTML_PARSE_IGNORE_ENC.rawValue
        guard let base = buffer.baseAddress, buffer.count > 0, buffer.count < Int(Int32.max) else { return nil }
        return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", Int32(bitPattern: options))
        }
    }

    /// Lower-cased element name.
    static func name(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    /// Whether the element's name is `name` (lower case), compared in place: libxml2's HTML
    /// names are ASCII, so this is the same as comparing `name(node)`, without making a string.
    static func isNamed(_ node: xmlNodePtr, _ name: StaticString) -> Bool {
        XMLAttributes.equals(node.pointee.name, name)
    }

    /// The value of attribute `name`, read in place from the node's attribute list.
    static func attribute(_ node: xmlNodePtr, _ name: StaticString) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if XMLAttributes.equals(current.pointee.name, name) {
                var text = ""
                var child = current.pointee.children
                while let node = child {
                    if let content = node.pointee.content { text += String(cString: content) }
                    child = node.pointee.next
                }
                return text
            }
            attribute = current.pointee.next
        }
        return nil
    }

    static func isElement(_ node: xmlNodePtr) -> Bool { node.pointee.type == XML_ELEMENT_NODE }
    static func isText(_ node: xmlNodePtr) -> Bool {
        node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE
    }

    static func content(_ node: xmlNodePtr) -> String {
        node.pointee.content.map { String(cString: $0) } ?? ""
    }

    /// All text below `node`, exactly as written (for `pre`); iterative, so nesting depth
    /// costs no stack. The node itself may be one whose text is otherwise hidden (`title`).
    static func textContent(_ node: xmlNodePtr) -> String {
        var text = ""
        var stack: [xmlNodePtr] = []
        var child = node.pointee.children
        while true {
            guard let current = child else {
                guard let parent = stack.popLast() else { break }
                child = parent.pointee.next
                continue
            }
            if isText(current) {
                text += content(current)
            } else if isElement(current) {
                let name = name(current)
                if name == "br" {
                    text += "\n"
                } else if HTMLElementKind.of(name) != .hidden, let first = current.pointee.children {
                    stack.append(current)
                    child = first
                    continue
                }
            }
            child = current.pointee.next
        }
        return text
    }

    static func children(_ node: xmlNodePtr) -> HTMLChildren { HTMLChildren(first: node.pointee.children) }
}

/// The child nodes of an HTML node, in order.
struct HTMLChildren: Sequence, IteratorProtocol {
    private var upcoming: xmlNodePtr?
    init(first: xmlNodePtr?) { upcoming = first }
    mutating func next() -> xmlNodePtr? {
        guard let current = upcoming else { return nil }
        upcoming = current.pointee.next
        return current
    }
}
