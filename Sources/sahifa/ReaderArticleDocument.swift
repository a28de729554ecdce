import FeedParsing
import Foundation
import NewsModel

/// Turns a stored article into the document the article pane and `show` lay out.
enum ReaderArticleDocument {
    static func document(for article: Article) -> ArticleDocument {
        HTMLConverter.document(
            fromHTML: article.contentHTML ?? "", baseURL: article.summary.link.flatMap(URL.init(string:)),
            language: article.summary.language)
    }
}
