import Foundation

/// RSS 0.90, 0.91 (Netscape and UserLand), 0.92–0.94, 2.0 and RSS 1.0 (RDF), with the
/// content, Dublin Core, Media RSS, iTunes and Atom-in-RSS modules.
///
/// One parser for all of them: they share element names, and RSS 1.0 only moves items out
/// of the channel and into the RSS 1.0 namespace.
final class RSSParser: XMLConsumer {
    private(set) var feed: FeedDraft
    private let limits: ParseLimits
    private var item: ItemDraft?
    private var inChannel = false
    /// Depth of an element whose subtree is ignored (`image`, `textinput`, `items`, `source`).
    private var skipDepth = 0
    private var mediaGroupDepth = 0
    /// The current item's `<guid isPermaLink="false">`: its guid is not a link.
    private var isPermalinkFalse = false
    /// `xml:lang` in scope at the channel; an item only records a language that differs.
    private var channelLanguage: String?

    init(format: FeedFormat, version: String?, limits: ParseLimits) {
        feed = FeedDraft(format: format, version: version)
        self.limits = limits
    }

    func start(_ name: XMLElementName, attributes: XMLAttributes, context: XMLContext) -> TextCapture {
        if skipDepth > 0 { return .none }
        if item != nil { return startInItem(name, attributes: attributes, context: context) }
        switch (name.namespace, name.local) {
        case (.none, "channel"), (.rss10, "channel"), (.rss090, "channel"):
            inChannel = true
            if feed.format == .rdf { feed.version = name.namespace == .rss090 ? "0.90" : "1.0" }
            if feed.format == .rdf, let about = attributes.value("about", prefix: "rdf"), feed.link == nil {
                feed.link = LinkResolver.resolve(about, against: context.base)
            }
            channelLanguage = context.language
            if let language = context.language { feed.language = feed.language ?? language }
            return .none
        case (.none, "item"), (.rss10, "item"), (.rss090, "item"):
            var draft = ItemDraft()
            if let language = context.language, language != channelLanguage { draft.language = language }
            if let about = attributes.value("about", prefix: "rdf") {
                draft.guid = about
            }
            item = draft
            return .none
        case (.none, "image"), (.rss10, "image"), (.rss090, "image"), (.none, "textinput"), (.none, "textInput"),
            (.rss10, "textinput"), (.rss090, "textinput"), (.rss10, "items"), (.none, "items"), (.none, "cloud"):
            skipDepth = context.depth
            return .none
        default:
            break
        }
        guard inChannel || feed.format == .rdf else { return .none }
        switch (name.namespace, name.local) {
        case (.none, "title"), (.rss10, "title"), (.rss090, "title"), (.dublinCore, "title"):
            return feed.title == nil ? .text : .none
        case (.none, "link"), (.rss10, "link"), (.rss090, "link"):
            return .text
        case (.none, "description"), (.rss10, "description"), (.rss090, "description"), (.itunes, "subtitle"):
            return feed.description == nil ? .htmlSource : .none
        case (.none, "language"), (.dublinCore, "language"):
            return .text
        case (.none, "lastBuildDate"), (.none, "pubDate"), (.dublinCore, "date"), (.dublinCoreTerms, "modified"):
            return .text
        case (.atom, "link"):
            if (attributes["rel"] ?? "alternate") == "alternate", let href = attributes["href"], feed.link == nil {
                feed.link = LinkResolver.resolve(href, against: context.base)
            }
            return .none
        case (.itunes, "author"), (.dublinCore, "creator"), (.none, "managingEditor"):
            return .text
        default:
            return .none
        }
    }

    func end(_ name: XMLElementName, text: String?, context: XMLContext) {
        if skipDepth > 0 {
            if context.depth == skipDepth { skipDepth = 0 }
            return
        }
        if item != nil {
            if name.local == "item" && (name.namespace == .none || name.namespace == .rss10 || name.namespace == .rss090) {
                if let finished = item { feed.add(finished, limits: limits) }
                item = nil
                return
            }
            endInItem(name, text: text, context: context)
            return
        }
        guard let text else {
            if name.local == "channel" { inChannel = false }
            return
        }
        switch (name.namespace, name.local) {
        case (_, "title"):
            feed.title = text
        case (_, "link"):
            if feed.link == nil { feed.link = LinkResolver.resolve(text, against: context.base) }
        case (_, "description"), (.itunes, "subtitle"):
            feed.description = text
        case (_, "language"):
            feed.language = text.trimming(.whitespacesAndNewlines)
        case (.none, "lastBuildDate"), (.dublinCoreTerms, "modified"):
            feed.updated = text
        case (.none, "pubDate"), (.dublinCore, "date"):
            if feed.updated == nil { feed.updated = text }
        case (.itunes, "author"), (.dublinCore, "creator"), (.none, "managingEditor"):
            if let author = TextCleanup.field(AuthorName.clean(text)), !feed.authors.contains(author) {
                feed.authors.append(author)
            }
        default:
            break
        }
    }

    // MARK: Items

    private func startInItem(_ name: XMLElementName, attributes: XMLAttributes, context: XMLContext) -> TextCapture {
        switch name.namespace {
        case .none, .rss10, .rss090:
            switch name.local {
            case "title", "link", "guid", "pubDate", "author", "category", "comments":
                if name.local == "guid", let permalink = attributes["isPermaLink"] {
                    isPermalinkFalse = permalink.trimming(.whitespaces).lowercased() == "false"
                }
                return .text
            case "description":
                return .htmlSource
            case "enclosure":
                item?.addEnclosure(
                    url: attributes["url"].flatMap { LinkResolver.resolve($0, against: context.base) },
                    type: attributes["type"], length: attributes["length"])
                return .none
            case "source":
                skipDepth = context.depth
                return .none
            default:
                return .none
            }
        case .content:
            return name.local == "encoded" ? .htmlSource : .none
        case .dublinCore, .dublinCoreTerms:
            switch name.local {
            case "creator", "contributor", "date", "subject", "language", "created", "issued", "modified", "title",
                "identifier", "description":
                return .text
            default:
                return .none
            }
        case .media:
            return MediaModule.start(name.local, attributes: attributes, context: context, item: &item!, groupDepth: &mediaGroupDepth)
        case .itunes:
            switch name.local {
            case "author", "summary", "subtitle": return .text
            default: return .none
            }
        case .atom:
            switch name.local {
            case "link":
                let rel = attributes["rel"] ?? "alternate"
                if let href = attributes["href"].flatMap({ LinkResolver.resolve($0, against: context.base) }) {
                    if rel == "alternate" && item?.link == nil { item?.link = href }
                    if rel == "enclosure" { item?.addEnclosure(url: href, type: attributes["type"], length: attributes["length"]) }
                }
                return .none
            case "updated", "published", "id": return .text
            default: return .none
            }
        default:
            return .none
        }
    }

    private func endInItem(_ name: XMLElementName, text: String?, context: XMLContext) {
        if name.namespace == .media {
            MediaModule.end(name.local, text: text, context: context, item: &item!, groupDepth: &mediaGroupDepth)
            return
        }
        guard let text else { return }
        switch (name.namespace, name.local) {
        case (.none, "title"), (.rss10, "title"), (.rss090, "title"):
            item?.title = text
        case (.dublinCore, "title"):
            if item?.title == nil { item?.title = text }
        case (.none, "link"), (.rss10, "link"), (.rss090, "link"):
            if let link = LinkResolver.resolve(text, against: context.base) { item?.link = link }
        case (.none, "guid"):
            let guid = text.trimming(.whitespacesAndNewlines)
            if !guid.isEmpty {
                item?.guid = guid
                // RSS 2.0 `<guid>`: a permalink unless isPermaLink="false".
                if !isPermalinkFalse, Self.looksLikeURL(guid) { item?.fallbackLink = LinkResolver.resolve(guid, against: context.base) }
            }
            isPermalinkFalse = false
        case (.none, "description"), (.rss10, "description"), (.rss090, "description"):
            item?.summaryHTML = HTMLText.looksLikeHTML(text) ? text : ItemDraft.htmlFromPlainText(text)
            if item?.contentBase == nil { item?.contentBase = context.base }
        case (.content, "encoded"):
            if !text.trimmingWhitespace().isEmpty {
                item?.contentHTML = text
                item?.contentBase = context.base
            }
        case (.none, "pubDate"), (.dublinCore, "date"), (.dublinCoreTerms, "issued"), (.dublinCoreTerms, "created"),
            (.atom, "published"):
            if item?.published == nil { item?.published = text }
        case (.dublinCoreTerms, "modified"), (.atom, "updated"):
            item?.updated = text
        case (.none, "author"), (.dublinCore, "creator"), (.dublinCore, "contributor"), (.itunes, "author"):
            item?.addAuthor(text)
        case (.none, "category"), (.dublinCore, "subject"):
            item?.addCategory(text)
        case (.dublinCore, "language"):
            item?.language = text
        case (.dublinCore, "identifier"), (.atom, "id"):
            if item?.guid == nil { item?.guid = text }
        case (.itunes, "summary"), (.itunes, "subtitle"), (.dublinCore, "description"):
            if item?.extraSummaryText == nil { item?.extraSummaryText = HTMLText.decodeIfNeeded(text) }
        default:
            break
        }
    }

    /// Foundation's `guid.contains("://")`, answered by bytes when it must agree: no such bytes
    /// (nothing else is canonically equivalent to them), or ASCII only.
    static func looksLikeURL(_ guid: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        var found = false
        var ascii = true
        for byte in guid.utf8 {
            if previous == (UInt8(ascii: ":"), UInt8(ascii: "/")) && byte == UInt8(ascii: "/") { found = true }
            if byte >= 0x80 { ascii = false }
            previous = (previous.1, byte)
        }
        if !found { return false }
        return ascii || guid.contains("://")
    }
}
