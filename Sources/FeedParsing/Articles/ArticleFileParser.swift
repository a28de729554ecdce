import Foundation

/// Local article files — plain text, Markdown or HTML news articles and commentary — as one
/// item each, whose `contentHTML` is HTML (Markdown and text converted) so storage is uniform.
public enum ArticleFileParser {
    enum Kind { case plainText, markdown, html }

    /// Plain text, Markdown or HTML article file → one item whose contentHTML is HTML (Markdown converted).
    public static func parse(_ data: Data, fileName: String) throws(FeedParseError) -> ParsedItem {
        guard data.count <= ParseLimits.default.maxBytes else {
            throw .tooLarge(bytes: data.count, limit: ParseLimits.default.maxBytes)
        }
        let kind = kind(of: data, fileName: fileName)
        let text: String
        if kind == .html {
            text = HTMLSource.decode(data)
        } else {
            text = String(decoding: DocumentDecoder.decode(data, httpCharset: nil).utf8, as: UTF8.self)
        }
        if text.unicodeScalars.contains(where: { $0.value == 0 }) {
            throw .unreadableArticle(fileName: fileName, reason: "binary data, not a text, Markdown or HTML article")
        }
        guard !text.trimmingWhitespace().isEmpty else {
            throw .unreadableArticle(fileName: fileName, reason: "the file is empty")
        }
        var draft = kind == .html ? HTMLArticle.draft(from: text) : textDraft(text)
        draft.guid = fileName
        return draft.finish()
    }

    static func kind(of data: Data, fileName: String) -> Kind {
        switch (fileName as NSString).pathExtension.lowercased() {
        case "html", "htm", "xhtml": return .html
        case "md", "markdown", "mdown", "mkd", "mkdn": return .markdown
        case "txt", "text": return .plainText
        default:
            let decoded = DocumentDecoder.decode(Data(data.prefix(4096)), httpCharset: nil)
            if case .html = DocumentShape.classify(decoded.utf8) { return .html }
            if case .xml = DocumentShape.classify(decoded.utf8) { return .html }
            return .markdown
        }
    }

    /// Text and Markdown: front matter, then the title from the first non-empty line (a `#`
    /// heading or not), the rest as the body.
    private static func textDraft(_ text: String) -> ItemDraft {
        let front = FrontMatter(text.replacingOccurrences(of: "\r\n", with: "\n"))
        var lines = front.body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var title = front.fields["title"]
        if title == nil, let first = lines.firstIndex(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            let line = lines[first].trimmingCharacters(in: .whitespaces)
            if let (_, heading) = MarkdownConverter.atxHeading(line) {
                title = heading
                lines.remove(at: first)
            } else {
                title = line
                lines.remove(at: first)
                // A setext underline belongs to the title.
                if first < lines.count {
                    let next = lines[first].trimmingCharacters(in: .whitespaces)
                    if next.count >= 2, next.allSatisfy({ $0 == "=" }) || next.allSatisfy({ $0 == "-" }) { lines.remove(at: first) }
                }
            }
        }
        var draft = ItemDraft()
        draft.title = title.map { HTMLText.plainText(MarkdownInline.html($0)) }
        draft.titleKind = .text
        let body = MarkdownConverter.html(lines.joined(separator: "\n"))
        draft.contentHTML = body.isEmpty ? nil : body
        draft.published = front.fields["date"] ?? front.fields["published"]
        draft.updated = front.fields["updated"] ?? front.fields["modified"]
        draft.addAuthor(front.fields["author"])
        draft.language = front.fields["lang"] ?? front.fields["language"]
        for tag in front.tags { draft.addCategory(tag) }
        if let link = front.fields["link"] ?? front.fields["url"] { draft.link = LinkResolver.resolve(link, against: nil) }
        return draft
    }
}
