import Foundation
import NewsModel
@preconcurrency internal import CLibXML2

/// Walks libxml2's HTML tree and builds an `ArticleDocument`: blocks for p, div, headings,
/// quotes, lists, definition lists, pre, tables, figures and rules; styled inline runs with
/// numbered links; `dir`, `lang`, `bdi` and `bdo` kept as direction hints for layout.
final class HTMLDocumentBuilder {
    let baseURL: URL?
    let language: String?
    private(set) var links: [String] = []
    private var linkNumbers: [String: Int] = [:]
    private var resolver: RelativeLinkCache?
    /// Element names are interned by libxml2, so one lookup per distinct name pointer suffices;
    /// a small direct-mapped cache keyed by the pointer avoids hashing it for every element.
    private var kinds = [(pointer: UnsafeRawPointer?, name: String, kind: HTMLElementKind)](
        repeating: (nil, "", .inline), count: HTMLDocumentBuilder.kindCacheSize)
    private static let kindCacheSize = 64

    init(baseURL: URL?, language: String?) {
        self.baseURL = baseURL
        self.language = language
        resolver = baseURL.map(RelativeLinkCache.init(base:))
    }

    /// The element's lower-cased name and how it is treated.
    func element(_ node: xmlNodePtr) -> (name: String, kind: HTMLElementKind) {
        guard let pointer = node.pointee.name else { return ("", .inline) }
        let key = UnsafeRawPointer(pointer)
        let slot = Int(truncatingIfNeeded: UInt(bitPattern: key) >> 4) & (Self.kindCacheSize - 1)
        if kinds[slot].pointer == key { return (kinds[slot].name, kinds[slot].kind) }
        let name = String(cString: pointer)
        let kind = HTMLElementKind.of(name)
        kinds[slot] = (key, name, kind)
        return (name, kind)
    }

    func build(_ root: xmlNodePtr) -> ArticleDocument {
        var frame = BlockFrame(language: language)
        walk(root, frame: &frame, state: InlineState())
        frame.flushParagraph()
        return ArticleDocument(blocks: frame.blocks, links: links)
    }

    /// Elements nest at most this deep in the document; below it their text is kept as plain
    /// text of the enclosing block, so hostile nesting cannot exhaust the stack.
    static let maxDepth = 48
    private var depth = 0

    func walkChildren(_ node: xmlNodePtr, frame: inout BlockFrame, state: InlineState) {
        if depth >= Self.maxDepth {
            frame.appendText(TextCleanup.sanitized(HTMLTree.textContent(node)), state: state)
            return
        }
        depth += 1
        defer { depth -= 1 }
        for child in HTMLTree.children(node) { walk(child, frame: &frame, state: state) }
    }

    func walk(_ node: xmlNodePtr, frame: inout BlockFrame, state: InlineState) {
        if HTMLTree.isText(node) {
            frame.appendText(TextCleanup.sanitized(HTMLTree.content(node)), state: state)
            return
        }
        guard HTMLTree.isElement(node) else { return }
        let (name, kind) = element(node)
        switch kind {
        case .hidden:
            return
        case .inline:
            let inner = inlineState(for: node, name: name, in: state, frame: frame)
            // HTML §4.5.7: user agents show `q` with quotation marks.
            if name == "q" { frame.appendLiteral("“", state: inner) }
            walkChildren(node, frame: &frame, state: inner)
            if name == "q" { frame.appendLiteral("”", state: inner) }
        case .link:
            var inner = inlineState(for: node, name: name, in: state, frame: frame)
            if let href = HTMLTree.attribute(node, "href"), let number = linkNumber(href) { inner.link = number }
            walkChildren(node, frame: &frame, state: inner)
        case .image:
            image(node, frame: &frame, state: state)
        case .lineBreak:
            frame.appendLineBreak(state: state)
        default:
            if frame.inlineOnly {
                frame.softBreak()
                if kind == .horizontalRule { return }
                walkChildren(node, frame: &frame, state: state)
                frame.softBreak()
                return
            }
            frame.flushParagraph()
            block(node, kind: kind, frame: &frame, state: state)
        }
    }

    private func block(_ node: xmlNodePtr, kind: HTMLElementKind, frame: inout BlockFrame, state: InlineState) {
        var sub = frame.child()
        applyDirection(of: node, to: &sub)
        switch kind {
        case .container, .listItem:
            walkChildren(node, frame: &sub, state: state)
            sub.flushParagraph()
            frame.blocks += sub.blocks
        case .heading(let level):
            sub.inlineOnly = true
            walkChildren(node, frame: &sub, state: state)
            if let text = sub.takeTextBlock() { frame.blocks.append(.heading(level: level, text)) }
        case .blockquote:
            walkChildren(node, frame: &sub, state: state)
            sub.flushParagraph()
            if !sub.blocks.isEmpty { frame.blocks.append(.blockquote(sub.blocks)) }
        case .list(let ordered):
            list(node, ordered: ordered, frame: &frame, template: sub, state: state)
        case .definitionList:
            var items: [DefinitionItem] = []
            definitions(node, items: &items, template: sub, state: state)
            if !items.isEmpty { frame.blocks.append(.definitionList(items)) }
        case .preformatted:
            var text = TextCleanup.sanitized(HTMLTree.textContent(node))
            if text.hasPrefix("\n") { text.removeFirst() }
            while text.last == "\n" || text.last == "\r" { text.removeLast() }
            if !text.isEmpty { frame.blocks.append(.preformatted(text)) }
        case .table:
            frame.blocks += TableBuilder(builder: self, template: sub, state: state).blocks(for: node)
        case .figure:
            var caption: TextBlock?
            for child in HTMLTree.children(node) {
                if HTMLTree.isElement(child), HTMLTree.isNamed(child, "figcaption") {
                    var captionFrame = sub.child(inlineOnly: true)
                    applyDirection(of: child, to: &captionFrame)
                    walkChildren(child, frame: &captionFrame, state: state)
                    caption = captionFrame.takeTextBlock()
                } else {
                    walk(child, frame: &sub, state: state)
                }
            }
            sub.flushParagraph()
            if !sub.blocks.isEmpty || caption != nil { frame.blocks.append(.figure(content: sub.blocks, caption: caption)) }
        case .horizontalRule:
            frame.blocks.append(.horizontalRule)
        default:
            walkChildren(node, frame: &sub, state: state)
            sub.flushParagraph()
            frame.blocks += sub.blocks
        }
    }

    private func list(_ node: xmlNodePtr, ordered: Bool, frame: inout BlockFrame, template: BlockFrame, state: InlineState) {
        var items: [[Block]] = []
        var loose = template.child()
        for child in HTMLTree.children(node) {
            if HTMLTree.isElement(child), HTMLTree.isNamed(child, "li") {
                loose.flushParagraph()
                if !loose.blocks.isEmpty {
                    // Content between items (a nested list written outside its `li`) joins the previous item.
                    if items.isEmpty { items.append(loose.blocks) } else { items[items.count - 1] += loose.blocks }
                    loose.blocks = []
                }
                var item = template.child()
                applyDirection(of: child, to: &item)
                walkChildren(child, frame: &item, state: state)
                item.flushParagraph()
                items.append(item.blocks)
            } else {
                walk(child, frame: &loose, state: state)
            }
        }
        loose.flushParagraph()
        if !loose.blocks.isEmpty {
            if items.isEmpty { items.append(loose.blocks) } else { items[items.count - 1] += loose.blocks }
        }
        guard !items.isEmpty else { return }
        let start = HTMLTree.attribute(node, "start").flatMap { Int($0.trimmingWhitespace()) } ?? 1
        frame.blocks.append(.list(ordered: ordered, start: ordered ? start : 1, items: items))
    }

    private func definitions(_ node: xmlNodePtr, items: inout [DefinitionItem], template: BlockFrame, state: InlineState) {
        for child in HTMLTree.children(node) where HTMLTree.isElement(child) {
            switch HTMLTree.name(child) {
            case "dt":
                var term = template.child(inlineOnly: true)
                applyDirection(of: child, to: &term)
                walkChildren(child, frame: &term, state: state)
                items.append(DefinitionItem(term: term.takeTextBlock() ?? TextBlock(), definitions: []))
            case "dd":
                var definition = template.child()
                applyDirection(of: child, to: &definition)
                walkChildren(child, frame: &definition, state: state)
                definition.flushParagraph()
                if items.isEmpty { items.append(DefinitionItem(term: TextBlock(), definitions: [])) }
                items[items.count - 1].definitions.append(definition.blocks)
            case "div":
                definitions(child, items: &items, template: template, state: state)
            default:
                break
            }
        }
    }

    private func image(_ node: xmlNodePtr, frame: inout BlockFrame, state: InlineState) {
        let alt = HTMLTree.attribute(node, "alt").flatMap(TextCleanup.field) ?? ""
        var inner = state
        if inner.link == nil, let source = HTMLTree.attribute(node, "src"), let number = linkNumber(source) {
            inner.link = number
        }
        if alt.isEmpty && inner.link == nil { return }
        frame.appendLiteral(alt.isEmpty ? "[image]" : alt, state: inner)
    }

    /// The 1-based number of `href` in `links`, adding it on first sight; nil for empty,
    /// fragment-only and script links.
    func linkNumber(_ href: String) -> Int? {
        let trimmed = href.trimmingWhitespace()
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        let absolute = resolver != nil ? resolver!.resolve(trimmed) : LinkResolver.resolve(trimmed, against: nil)
        guard let resolved = absolute.flatMap(TextCleanup.field) else { return nil }
        if let number = linkNumbers[resolved] { return number }
        links.append(resolved)
        linkNumbers[resolved] = links.count
        return links.count
    }
}
