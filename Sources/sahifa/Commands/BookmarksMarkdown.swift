import NewsModel
import TextSafety

/// Bookmarks as a Markdown list: `- [Title](<link>) — Feed, 2024-05-24`.
enum BookmarksMarkdown {
    static func document(_ bookmarks: [ArticleSummary]) -> String {
        var lines = ["# Bookmarks", ""]
        for article in bookmarks {
            let title = escaped(article.title.isEmpty ? "(untitled)" : article.title)
            var line = "- "
            if let link = article.link, !link.isEmpty {
                line += "[\(title)](<\(linkTarget(link))>)"
            } else {
                line += title
            }
            line += " — " + escaped(article.feedTitle)
            if let published = article.published { line += ", " + JSONDate.string(published).prefix(10) }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Backslash-escapes the characters that would start Markdown syntax inside link text.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in Sanitizer.sanitize(text) {
            if "\\`*_[]<>#|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// A link inside `<…>` may not contain spaces or angle brackets (CommonMark §6.3).
    static func linkTarget(_ link: String) -> String {
        Sanitizer.sanitize(link)
            .replacingOccurrences(of: " ", with: "%20")
            .replacingOccurrences(of: "<", with: "%3C")
            .replacingOccurrences(of: ">", with: "%3E")
    }
}
