import NewsModel

/// A compact text form of an `ArticleDocument` for assertions: one line per block, inline
/// styles as markers (`*bold*`, `/italic/`, `_underline_`, `~struck~`, `` `code` ``), links
/// as `text[n]`, isolates as `⟨rtl:text⟩`, block direction as a `{rtl ar}` prefix.
enum DocumentOutline {
    static func lines(_ document: ArticleDocument) -> [String] {
        document.blocks.flatMap { lines($0, indent: "") }
    }

    static func lines(_ block: Block, indent: String) -> [String] {
        switch block {
        case .paragraph(let text): return [indent + "P " + render(text)]
        case .heading(let level, let text): return [indent + "H\(level) " + render(text)]
        case .blockquote(let blocks): return [indent + "QUOTE"] + blocks.flatMap { lines($0, indent: indent + "  ") }
        case .list(let ordered, let start, let items):
            var result = [indent + (ordered ? "OL start=\(start)" : "UL")]
            for item in items {
                result.append(indent + "  LI")
                result += item.flatMap { lines($0, indent: indent + "    ") }
            }
            return result
        case .definitionList(let items):
            var result = [indent + "DL"]
            for item in items {
                result.append(indent + "  DT " + render(item.term))
                for definition in item.definitions { result += definition.flatMap { lines($0, indent: indent + "  DD ") } }
            }
            return result
        case .preformatted(let text): return [indent + "PRE " + text.replacingOccurrences(of: "\n", with: "⏎")]
        case .table(let table):
            var result = [indent + "TABLE" + (table.caption.map { " " + render($0) } ?? "")]
            for row in table.rows {
                result.append(indent + "  | " + row.map { ($0.isHeader ? "#" : "") + render($0.content) }.joined(separator: " | "))
            }
            return result
        case .figure(let content, let caption):
            return [indent + "FIGURE" + (caption.map { " " + render($0) } ?? "")]
                + content.flatMap { lines($0, indent: indent + "  ") }
        case .horizontalRule: return [indent + "HR"]
        }
    }

    static func render(_ block: TextBlock) -> String {
        var prefix = ""
        if block.direction != nil || block.language != nil {
            prefix = "{" + [block.direction?.rawValue, block.language].compactMap { $0 }.joined(separator: " ") + "} "
        }
        return prefix + block.inlines.map(render).joined()
    }

    /// Trailing blanks are written after the markers, so `*b* ` reads naturally.
    static func render(_ inline: Inline) -> String {
        let trailing = inline.text.reversed().prefix { $0 == " " }.count
        var text = String(inline.text.dropLast(trailing)).replacingOccurrences(of: "\n", with: "⏎")
        if inline.style.contains(.code) { text = "`" + text + "`" }
        if inline.style.contains(.bold) { text = "*" + text + "*" }
        if inline.style.contains(.italic) { text = "/" + text + "/" }
        if inline.style.contains(.underline) { text = "_" + text + "_" }
        if inline.style.contains(.strikethrough) { text = "~" + text + "~" }
        if inline.style.contains(.superscript) { text = "^" + text }
        if inline.style.contains(.subscript) { text = "," + text }
        if inline.style.contains(.abbreviation) { text = "abbr:" + text }
        if let link = inline.link { text += "[\(link)]" }
        if let isolate = inline.isolate { text = "⟨\(isolate.rawValue):" + text + "⟩" }
        return text + String(repeating: " ", count: trailing)
    }
}
