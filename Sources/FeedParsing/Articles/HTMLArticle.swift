import Foundation
@preconcurrency internal import CLibXML2

/// An HTML article file: the title from `<title>` or the first `h1`, author and date from
/// the usual `<meta>` names, the language from `<html lang>`; the whole file is the body.
enum HTMLArticle {
    static func draft(from html: String) -> ItemDraft {
        var draft = ItemDraft()
        draft.contentHTML = html
        draft.titleKind = .text
        _ = HTMLTree.withDocument(html) { root -> Bool in
            if let language = HTMLTree.attribute(root, "lang") { draft.language = language }
            var heading: String?
            visit(root, draft: &draft, heading: &heading, depth: 0)
            if draft.title == nil { draft.title = heading }
            return true
        }
        return draft
    }

    /// `depth` bounds the walk: titles, headings and `<meta>` sit near the top of a page.
    private static func visit(_ node: xmlNodePtr, draft: inout ItemDraft, heading: inout String?, depth: Int) {
        guard depth < 32 else { return }
        for child in HTMLTree.children(node) where HTMLTree.isElement(child) {
            switch HTMLTree.name(child) {
            case "title":
                if draft.title == nil { draft.title = TextCleanup.field(HTMLTree.textContent(child)) }
            case "h1":
                if heading == nil { heading = TextCleanup.field(HTMLTree.textContent(child)) }
            case "meta":
                let name = (HTMLTree.attribute(child, "name") ?? HTMLTree.attribute(child, "property") ?? "").lowercased()
                let content = HTMLTree.attribute(child, "content")
                switch name {
                case "author", "article:author", "dc.creator": draft.addAuthor(content)
                case "date", "article:published_time", "dc.date", "dcterms.created": draft.published = draft.published ?? content
                case "article:modified_time", "dcterms.modified": draft.updated = content
                case "keywords", "article:tag":
                    for keyword in (content ?? "").split(separator: ",") { draft.addCategory(String(keyword)) }
                default: break
                }
            case "script", "style":
                continue
            default:
                visit(child, draft: &draft, heading: &heading, depth: depth + 1)
            }
        }
    }
}
