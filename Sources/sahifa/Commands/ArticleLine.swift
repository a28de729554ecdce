import Foundation
import NewsModel
import TextSafety

/// One article as a line of human-readable command output:
/// `  42 N* 2024-05-24  Feed title — Article title`.
enum ArticleLine {
    static func text(_ article: ArticleSummary, idWidth: Int) -> String {
        let id = String(article.id.rawValue).leftPadded(to: idWidth)
        let flags = (article.isRead ? " " : "N") + (article.isBookmarked ? "*" : " ")
        let date = article.published.map { String(JSONDate.string($0).prefix(10)) } ?? "          "
        let title = article.title.isEmpty ? "(untitled)" : article.title
        return "\(id) \(flags) \(date)  \(Sanitizer.sanitize(article.feedTitle)) — \(Sanitizer.sanitize(title))"
    }
}
