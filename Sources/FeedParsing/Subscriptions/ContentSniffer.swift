import Foundation

/// Decides what a file given to `sahifa import` holds from its content, using the file name
/// only to break ties (a Markdown article that happens to start with a URL).
public enum ContentSniffer {
    public static func kind(of data: Data, fileName: String) -> ImportKind {
        let fileExtension = (fileName as NSString).pathExtension.lowercased()
        let sample = data.prefix(16 * 1024)
        let decoded = DocumentDecoder.decode(Data(sample), httpCharset: nil)
        switch DocumentShape.classify(decoded.utf8) {
        case .json:
            return .feed
        case .html:
            return .article
        case .xml:
            let head = String(decoding: decoded.utf8.prefix(4096), as: UTF8.self)
            switch rootElement(in: head)?.lowercased() {
            case "opml"?: return .opml
            case "html"?: return .article
            case "rss"?, "rdf:rdf"?, "rdf"?, "feed"?: return .feed
            default:
                if ["html", "htm", "xhtml"].contains(fileExtension) { return .article }
                if fileExtension == "opml" { return .opml }
                return .feed
            }
        case .empty, .other:
            let text = String(decoding: decoded.utf8, as: UTF8.self)
            if ["md", "markdown", "mdown", "mkd", "txt", "text"].contains(fileExtension), !looksLikeURLList(text, strict: true) {
                return .article
            }
            return looksLikeURLList(text, strict: false) ? .urls : .article
        }
    }

    /// Whether the first meaningful lines are feed URLs or newsboat entries (`exec:`, `query:` …).
    static func looksLikeURLList(_ text: String, strict: Bool) -> Bool {
        let prefixes = ["http://", "https://", "file://", "exec:", "filter:", "query:", "\"query:"]
        var checked = 0
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let lower = trimmed.lowercased()
            guard prefixes.contains(where: { lower.hasPrefix($0) }) else { return false }
            // A URL list line holds the URL and tags, never running prose.
            if strict && trimmed.split(separator: " ").count > 6 { return false }
            checked += 1
            if checked >= 3 { break }
        }
        return checked > 0
    }

    private static func rootElement(in head: String) -> String? {
        var rest = Substring(head)
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            guard let first = rest.first else { return nil }
            if first == "?" || first == "!" { continue }
            return String(rest.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" })
        }
        return nil
    }
}
