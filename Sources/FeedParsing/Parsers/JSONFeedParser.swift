import Foundation

/// JSON Feed 1.0 and 1.1 (https://www.jsonfeed.org/version/1.1/): items with HTML or text
/// content, 1.0 `author` and 1.1 `authors`, tags, attachments, feed and item `language`.
enum JSONFeedParser {
    static func parse(_ utf8: [UInt8], documentURL: URL?, limits: ParseLimits) throws(FeedParseError) -> FeedDraft {
        let object: Any
        if let root = JSONReader.object(in: utf8) {
            object = root
        } else {
            do {
                object = try foundationObject(utf8)
            } catch {
                throw .malformedJSON(message: "the JSON does not parse (\(Self.describe(error)))")
            }
        }
        guard let root = object as? [String: Any] else {
            throw .notAFeed(looksLike: "JSON data", reason: "the top level is not an object with \"version\" and \"items\"")
        }
        let versionURL = root["version"] as? String
        guard let versionURL, versionURL.contains("jsonfeed.org/version/") else {
            if root["items"] is [Any] {
                return try feed(root, version: nil, documentURL: documentURL, limits: limits, warning: "no JSON Feed version; read as 1.1")
            }
            throw .notAFeed(looksLike: "JSON data", reason: "it has no \"version\" naming https://jsonfeed.org/version/1.1")
        }
        let version = versionURL.hasSuffix("/1") ? "1.0" : String(versionURL.split(separator: "/").last ?? "1.1")
        return try feed(root, version: version, documentURL: documentURL, limits: limits, warning: nil)
    }

    private static func feed(
        _ root: [String: Any], version: String?, documentURL: URL?, limits: ParseLimits, warning: String?
    ) throws(FeedParseError) -> FeedDraft {
        var draft = FeedDraft(format: .jsonFeed, version: version)
        if let warning { draft.warnings.append(warning) }
        let base = (root["feed_url"] as? String).flatMap { LinkResolver.url($0, relativeTo: documentURL) } ?? documentURL
        draft.title = root["title"] as? String
        draft.titleKind = .text
        draft.link = (root["home_page_url"] as? String).flatMap { LinkResolver.resolve($0, against: base) }
        draft.description = (root["description"] as? String).map(MarkupEscaping.escapedText)
        draft.language = root["language"] as? String
        draft.authors = authors(in: root)
        guard let items = root["items"] as? [Any] else {
            throw .malformedJSON(message: "\"items\" is missing or not an array")
        }
        for case let entry as [String: Any] in items {
            draft.add(item(entry, base: base, feedLanguage: draft.language), limits: limits)
        }
        return draft
    }

    private static func item(_ entry: [String: Any], base: URL?, feedLanguage: String?) -> ItemDraft {
        var item = ItemDraft()
        if let id = entry["id"] as? String {
            item.guid = id
        } else if let id = entry["id"] as? NSNumber {
            item.guid = id.stringValue
        }
        item.title = entry["title"] as? String
        item.titleKind = .text
        item.contentBase = base
        item.link = (entry["url"] as? String).flatMap { LinkResolver.resolve($0, against: base) }
        item.fallbackLink = (entry["external_url"] as? String).flatMap { LinkResolver.resolve($0, against: base) }
        if let html = entry["content_html"] as? String {
            item.contentHTML = html
        } else if let text = entry["content_text"] as? String {
            item.contentHTML = ItemDraft.htmlFromPlainText(text)
        }
        if let summary = entry["summary"] as? String { item.summaryHTML = MarkupEscaping.escapedText(summary) }
        item.publishedDate = DateParser.parse(entry["date_published"] as? String)
        item.updatedDate = DateParser.parse(entry["date_modified"] as? String)
        for author in authors(in: entry) { item.addAuthor(author) }
        for case let tag as String in entry["tags"] as? [Any] ?? [] { item.addCategory(MarkupEscaping.escapedText(tag)) }
        if let language = entry["language"] as? String, language != feedLanguage { item.language = language }
        for case let attachment as [String: Any] in entry["attachments"] as? [Any] ?? [] {
            let size = (attachment["size_in_bytes"] as? NSNumber).map { "\($0.int64Value)" }
            item.addEnclosure(
                url: (attachment["url"] as? String).flatMap { LinkResolver.resolve($0, against: base) },
                type: attachment["mime_type"] as? String, length: size)
        }
        return item
    }

    /// JSON Feed 1.1 `authors` (array), else 1.0 `author` (object): names, else URLs.
    private static func authors(in object: [String: Any]) -> [String] {
        var people = object["authors"] as? [Any] ?? []
        if people.isEmpty, let single = object["author"] { people = [single] }
        return people.compactMap { person in
            guard let person = person as? [String: Any] else { return nil }
            return (person["name"] as? String) ?? (person["url"] as? String)
        }
    }

    /// `JSONSerialization`'s reading of `utf8`: what `JSONReader` must match, and the reader
    /// of every document it leaves alone.
    static func foundationObject(_ utf8: [UInt8]) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(utf8), options: [.fragmentsAllowed])
    }

    private static func describe(_ error: Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        return text.split(separator: "\n").first.map(String.init) ?? text
    }
}
