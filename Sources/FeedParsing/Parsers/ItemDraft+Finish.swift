import Foundation
import NewsModel

extension ItemDraft {
    /// Longest summary kept, in characters: enough for a list preview or a search snippet.
    static let summaryLimit = 500

    /// The finished item: plain-text title and summary, HTML body, absolute links, stable id,
    /// every string sanitized.
    func finish() -> ParsedItem {
        let plainTitle: String? = title.map { raw in
            switch titleKind {
            case .text: return raw
            case .html: return HTMLText.plainText(raw)
            case .guess: return HTMLText.decodeIfNeeded(raw)
            }
        }
        let cleanTitle = TextCleanup.field(plainTitle)
        let finalLink = TextCleanup.field(link ?? fallbackLink)
        let body = (contentHTML ?? summaryHTML).map { html in
            HTMLLinkRewriter.absolutized(html, base: contentBase ?? finalLink.flatMap { URL(string: $0) })
        }
        let cleanBody = TextCleanup.body(body)
        let summarySource = summaryHTML.map(HTMLText.plainText) ?? extraSummaryText ?? contentHTML.map(HTMLText.plainText)
        // Cut before sanitizing: a summary never needs more than its first few hundred characters.
        let summary = summarySource.map { Self.truncated(TextCleanup.collapsingWhitespace(Self.prefix(of: $0)), to: Self.summaryLimit) }
            .flatMap(TextCleanup.field)
        let identity =
            TextCleanup.field(guid) ?? finalLink
            ?? StableHash.identity([cleanTitle ?? "", cleanBody ?? "", enclosures.first?.url ?? ""])
        return ParsedItem(
            id: identity, title: cleanTitle, link: finalLink, author: authors.isEmpty ? nil : authors.joined(separator: ", "),
            published: publishedDate ?? DateParser.parse(published) ?? nil,
            updated: updatedDate ?? DateParser.parse(updated), summary: summary, contentHTML: cleanBody,
            categories: categories,
            enclosures: enclosures.compactMap { enclosure in
                guard let url = TextCleanup.field(enclosure.url) else { return nil }
                return Enclosure(url: url, type: enclosure.type, length: enclosure.length)
            },
            language: TextCleanup.field(language))
    }

    /// At most a few times the summary limit of `text`, cut cheaply on a character boundary.
    static func prefix(of text: String) -> String {
        let budget = summaryLimit * 8
        guard text.utf8.count > budget else { return text }
        var end = text.utf8.index(text.utf8.startIndex, offsetBy: budget)
        while end > text.startIndex, !text.unicodeScalars.indices.contains(end) { end = text.utf8.index(before: end) }
        return String(text[..<end])
    }

    /// `text` cut at a word boundary near `limit` characters, with an ellipsis.
    static func truncated(_ text: String, to limit: Int) -> String {
        guard text.utf8.count > limit, text.count > limit else { return text }
        var cut = text.prefix(limit)
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit * 3 / 4 {
            cut = cut[..<space]
        }
        return cut.trimming(.whitespaces) + "…"
    }

    /// The body for a description that is plain text, not HTML: escaped, blank lines as paragraphs.
    static func htmlFromPlainText(_ text: String) -> String {
        // Without CR or a blank line there is one paragraph at most: no Foundation splitting.
        if !containsCarriageReturnOrBlankLine(text) { return MarkupEscaping.escapedText(text.trimming(.whitespacesAndNewlines)) }
        let paragraphs = text.replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n\n")
            .map { $0.trimming(.whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        if paragraphs.count <= 1 { return MarkupEscaping.escapedText(paragraphs.first ?? "") }
        return paragraphs.map { "<p>" + MarkupEscaping.escapedText($0).replacingOccurrences(of: "\n", with: "<br>") + "</p>" }
            .joined()
    }

    /// Whether `text` has a CR or two LFs in a row, the only places `htmlFromPlainText` splits.
    private static func containsCarriageReturnOrBlankLine(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for byte in bytes {
                if byte == 0x0D || (byte == 0x0A && previous == 0x0A) { return true }
                previous = byte
            }
            return false
        }
    }
}
