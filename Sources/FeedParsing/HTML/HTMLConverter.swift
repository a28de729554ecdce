import Foundation
import NewsModel

/// HTML → `ArticleDocument` (plain data, independent of width) with libxml2's HTML parser,
/// and HTML → plain text for search and summaries.
public enum HTMLConverter {
    /// Never throws: broken HTML yields what could be recovered. `baseURL` makes links
    /// absolute; `language` is the language of the feed or item, used when markup names none.
    public static func document(fromHTML html: String, baseURL: URL? = nil, language: String? = nil) -> ArticleDocument {
        // Text is sanitized node by node after libxml2 has decoded it: `&#x202E;` or `&#27;`
        // in the source only become controls then.
        guard !html.isEmpty else { return ArticleDocument() }
        return HTMLTree.withDocument(html) { root in
            let builder = HTMLDocumentBuilder(baseURL: baseURL, language: language)
            return builder.build(root)
        } ?? ArticleDocument()
    }

    /// The text a reader sees, blocks on separate lines; for search indexing and summaries.
    public static func plainText(fromHTML html: String) -> String {
        TextCleanup.sanitized(HTMLText.plainText(html))
    }
}
