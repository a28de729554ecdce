import NewsModel
@preconcurrency internal import CLibXML2

extension HTMLDocumentBuilder {
    /// HTML §3.2.6.4 `dir`: ltr, rtl or auto.
    static func direction(_ value: String?) -> DirectionHint? {
        switch value?.trimmingWhitespace().lowercased() {
        case "ltr": return .leftToRight
        case "rtl": return .rightToLeft
        case "auto": return .auto
        default: return nil
        }
    }

    /// A block's own `dir` and `lang` replace the inherited ones.
    func applyDirection(of node: xmlNodePtr, to frame: inout BlockFrame) {
        if let direction = Self.direction(HTMLTree.attribute(node, "dir")) { frame.direction = direction }
        if let language = HTMLTree.attribute(node, "lang") ?? HTMLTree.attribute(node, "xml:lang") {
            let trimmed = language.trimmingWhitespace()
            frame.language = trimmed.isEmpty ? nil : trimmed
        }
    }

    /// The inline state inside an inline element: its style, and an isolate when it is `bdi`,
    /// `bdo`, has `dir`, or names a language whose direction differs from the paragraph's.
    func inlineState(for node: xmlNodePtr, name: String, in state: InlineState, frame: BlockFrame) -> InlineState {
        var inner = state
        switch name {
        case "b", "strong": inner.style.insert(.bold)
        case "i", "em", "cite", "dfn", "var": inner.style.insert(.italic)
        case "u", "ins": inner.style.insert(.underline)
        case "s", "strike", "del": inner.style.insert(.strikethrough)
        case "code", "kbd", "samp", "tt": inner.style.insert(.code)
        case "sup": inner.style.insert(.superscript)
        case "sub": inner.style.insert(.subscript)
        case "q": inner.style.insert(.quote)
        case "abbr", "acronym": inner.style.insert(.abbreviation)
        default: break
        }
        let direction = Self.direction(HTMLTree.attribute(node, "dir"))
        if name == "bdi" {
            inner.isolate = direction ?? .auto
        } else if let direction {
            inner.isolate = direction
        } else if let language = HTMLTree.attribute(node, "lang") {
            let rightToLeft = LanguageDirection.isRightToLeft(language)
            if rightToLeft != LanguageDirection.isRightToLeft(frame.language) {
                inner.isolate = rightToLeft ? .rightToLeft : .leftToRight
            }
        }
        return inner
    }
}
