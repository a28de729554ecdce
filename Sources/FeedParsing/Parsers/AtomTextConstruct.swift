import Foundation

/// Atom text constructs (RFC 4287 §3.1) and Atom 0.3 content (`type` + `mode`): how to collect
/// the element and how to turn what was collected into HTML or plain text.
enum AtomTextConstruct {
    case text
    case html
    case xhtml
    case base64(mediaType: String)

    init(attributes: XMLAttributes) {
        let type = attributes["type"]?.trimming(.whitespaces).lowercased() ?? "text"
        let mode = attributes["mode"]?.trimming(.whitespaces).lowercased()
        if mode == "base64" {
            self = .base64(mediaType: type)
            return
        }
        switch type {
        case "html", "text/html":
            self = mode == "xml" ? .xhtml : .html
        case "xhtml", "application/xhtml+xml":
            self = mode == "escaped" ? .html : .xhtml
        default:
            self = .text
        }
    }

    var capture: TextCapture {
        switch self {
        case .text, .base64: return .text
        case .html: return .htmlSource
        case .xhtml: return .xhtml
        }
    }

    /// The collected content as HTML.
    func html(from collected: String) -> String {
        switch self {
        case .text: return ItemDraft.htmlFromPlainText(collected)
        case .html: return collected
        case .xhtml: return Self.unwrappingDiv(collected)
        case .base64(let mediaType):
            guard let data = Data(base64Encoded: collected, options: .ignoreUnknownCharacters) else { return "" }
            let decoded = String(decoding: data, as: UTF8.self)
            return mediaType.contains("html") ? decoded : ItemDraft.htmlFromPlainText(decoded)
        }
    }

    /// The title kind for `ItemDraft`.
    var titleKind: ItemDraft.TitleKind {
        switch self {
        case .text: return .text
        default: return .html
        }
    }

    /// RFC 4287 §3.1.1.3: xhtml content is one `div` whose contents are the content.
    static func unwrappingDiv(_ markup: String) -> String {
        let trimmed = markup.trimmingWhitespace()
        guard trimmed.hasPrefix("<div"), trimmed.hasSuffix("</div>"), let close = trimmed.firstIndex(of: ">") else {
            return trimmed
        }
        let inner = trimmed[trimmed.index(after: close)..<trimmed.index(trimmed.endIndex, offsetBy: -6)]
        // Only unwrap when the first div is the one closed at the end (no sibling divs).
        if inner.contains("<div") { return trimmed }
        return String(inner)
    }
}
