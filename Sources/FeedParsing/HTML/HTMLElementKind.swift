/// How the document builder treats each HTML element.
enum HTMLElementKind: Equatable {
    /// Content never shown: script, style, forms, embedded frames.
    case hidden
    /// A block that holds other blocks or inline content (p, div, section, li outside a list).
    case container
    case heading(Int)
    case blockquote
    case list(ordered: Bool)
    case listItem
    case definitionList
    case preformatted
    case table
    case figure
    case horizontalRule
    case lineBreak
    case image
    case link
    /// An inline element that adds a style, or none (span, font).
    case inline

    /// The kind of element `name` (lower case); unknown elements are inline.
    static func of(_ name: String) -> HTMLElementKind {
        kindsByName[name] ?? .inline
    }

    private static let kindsByName: [String: HTMLElementKind] = {
        let known = [
            "script", "style", "template", "head", "iframe", "frame", "frameset", "object", "embed", "form", "input",
            "button", "select", "textarea", "noscript", "svg", "math", "canvas", "audio", "video", "map", "title",
            "meta", "link", "base", "param", "source", "track", "dialog", "noembed", "noframes", "option", "datalist",
            "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "address", "center",
            "details", "summary", "hgroup", "body", "html", "fieldset", "legend", "dt", "dd", "caption", "figcaption",
            "tr", "td", "th", "thead", "tbody", "tfoot", "search", "menu", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "ul", "dir", "ol", "li", "dl", "pre", "listing", "xmp", "plaintext", "table", "figure", "hr",
            "br", "img", "a",
        ]
        return Dictionary(uniqueKeysWithValues: known.map { ($0, classify($0)) })
    }()

    private static func classify(_ name: String) -> HTMLElementKind {
        switch name {
        case "script", "style", "template", "head", "iframe", "frame", "frameset", "object", "embed", "form", "input",
            "button", "select", "textarea", "noscript", "svg", "math", "canvas", "audio", "video", "map", "title",
            "meta", "link", "base", "param", "source", "track", "dialog", "noembed", "noframes", "option", "datalist":
            return .hidden
        case "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "address", "center",
            "details", "summary", "hgroup", "body", "html", "fieldset", "legend", "dt", "dd", "caption", "figcaption",
            "tr", "td", "th", "thead", "tbody", "tfoot", "search", "menu":
            return name == "menu" ? .list(ordered: false) : .container
        case "h1", "h2", "h3", "h4", "h5", "h6":
            return .heading(Int(name.dropFirst())!)
        case "blockquote": return .blockquote
        case "ul", "dir": return .list(ordered: false)
        case "ol": return .list(ordered: true)
        case "li": return .listItem
        case "dl": return .definitionList
        case "pre", "listing", "xmp", "plaintext": return .preformatted
        case "table": return .table
        case "figure": return .figure
        case "hr": return .horizontalRule
        case "br": return .lineBreak
        case "img": return .image
        case "a": return .link
        default: return .inline
        }
    }
}
