import Foundation

/// Atom 1.0 (RFC 4287) and Atom 0.3: text constructs of type text, html and xhtml, content
/// with `src`, links chosen by `rel` (alternate, enclosure, related), persons, categories,
/// `source` skipped, Media RSS inside entries, `xml:base` and `xml:lang` throughout.
final class AtomParser: XMLConsumer {
    private(set) var feed: FeedDraft
    private let limits: ParseLimits
    private var item: ItemDraft?
    /// Whether the entry's link so far came from an alternate link to a page (not a PDF, say).
    private var itemLinkIsPage = false
    private var feedLanguage: String?
    private var skipDepth = 0
    private var mediaGroupDepth = 0
    /// The construct of the element being collected (title, subtitle, summary, content).
    private var construct = AtomTextConstruct.text
    /// Inside `author`/`contributor`: its depth, and name/email collected so far.
    private var personDepth = 0
    private var personName: String?
    private var personEmail: String?

    init(version: String, limits: ParseLimits) {
        feed = FeedDraft(format: .atom, version: version)
        self.limits = limits
    }

    func start(_ name: XMLElementName, attributes: XMLAttributes, context: XMLContext) -> TextCapture {
        if skipDepth > 0 { return .none }
        let isAtom = name.namespace == .atom || name.namespace == .atom03
        if name.namespace == .media, item != nil {
            return MediaModule.start(name.local, attributes: attributes, context: context, item: &item!, groupDepth: &mediaGroupDepth)
        }
        guard isAtom else { return .none }
        if personDepth > 0 {
            return name.local == "name" || name.local == "email" ? .text : .none
        }
        switch name.local {
        case "feed":
            feedLanguage = context.language
            feed.language = context.language
            return .none
        case "entry":
            var draft = ItemDraft()
            if let language = context.language, language != feedLanguage { draft.language = language }
            item = draft
            itemLinkIsPage = false
            return .none
        case "source":
            if item != nil { skipDepth = context.depth }
            return .none
        case "author", "contributor":
            personDepth = context.depth
            personName = nil
            personEmail = nil
            return .none
        case "title", "subtitle", "tagline", "summary", "content", "rights", "info":
            construct = AtomTextConstruct(attributes: attributes)
            if name.local == "content", let src = attributes["src"] {
                item?.fallbackLink = LinkResolver.resolve(src, against: context.base)
                return .none
            }
            return construct.capture
        case "link":
            link(attributes, context: context)
            return .none
        case "category":
            let label = attributes["label"] ?? attributes["term"]
            item?.addCategory(label)
            return label == nil ? .text : .none
        case "id", "updated", "published", "modified", "issued", "created":
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
        if name.namespace == .media, item != nil {
            MediaModule.end(name.local, text: text, context: context, item: &item!, groupDepth: &mediaGroupDepth)
            return
        }
        guard name.namespace == .atom || name.namespace == .atom03 else { return }
        if personDepth > 0 {
            endPerson(name.local, text: text, context: context)
            return
        }
        if name.local == "entry", let finished = item {
            feed.add(finished, limits: limits)
            item = nil
            return
        }
        guard let text else { return }
        if item != nil {
            endInEntry(name.local, text: text, context: context)
            return
        }
        switch name.local {
        case "title":
            feed.title = construct.titleKind == .text ? text : construct.html(from: text)
            feed.titleKind = construct.titleKind
        case "subtitle", "tagline":
            feed.description = construct.html(from: text)
        case "updated", "modified":
            feed.updated = text
        default:
            break
        }
    }

    private func endInEntry(_ local: String, text: String, context: XMLContext) {
        switch local {
        case "id":
            item?.guid = text
        case "title":
            item?.title = construct.titleKind == .text ? text : construct.html(from: text)
            item?.titleKind = construct.titleKind
        case "summary":
            item?.summaryHTML = construct.html(from: text)
            if item?.contentBase == nil { item?.contentBase = context.base }
        case "content":
            let html = construct.html(from: text)
            if !html.trimmingWhitespace().isEmpty {
                item?.contentHTML = html
                item?.contentBase = context.base
                // xml:lang on the content names the language the body is written in (RFC 4287
                // §2), even inside an entry of a feed declared in another language.
                if let language = context.language, language != (item?.language ?? feedLanguage) {
                    item?.language = language
                }
            }
        case "published", "issued":
            item?.published = text
        case "created":
            if item?.published == nil { item?.published = text }
        case "updated", "modified":
            item?.updated = text
        case "category":
            item?.addCategory(text)
        default:
            break
        }
    }

    private func endPerson(_ local: String, text: String?, context: XMLContext) {
        switch local {
        case "name": personName = text
        case "email": personEmail = text
        case "author", "contributor":
            guard context.depth == personDepth else { return }
            personDepth = 0
            let person = personName.flatMap { TextCleanup.field($0) } ?? personEmail.flatMap { TextCleanup.field($0) }
            guard let person else { return }
            if item != nil {
                if local == "author" || item?.authors.isEmpty == true { item?.addAuthor(person) }
            } else if local == "author", !feed.authors.contains(person) {
                feed.authors.append(person)
            }
        default:
            break
        }
    }

    /// RFC 4287 §4.2.7: `rel` defaults to alternate; an entry's first alternate link of type
    /// HTML (or without type) is its link.
    private func link(_ attributes: XMLAttributes, context: XMLContext) {
        guard let href = attributes["href"].flatMap({ LinkResolver.resolve($0, against: context.base) }) else { return }
        let rel = attributes["rel"]?.trimming(.whitespaces).lowercased() ?? "alternate"
        let type = attributes["type"]?.lowercased()
        let isPage = type == nil || type!.contains("html")
        switch rel {
        case "alternate", "http://www.iana.org/assignments/relation/alternate":
            if item != nil {
                if item?.link == nil || (isPage && !itemLinkIsPage) {
                    item?.link = href
                    itemLinkIsPage = isPage
                }
            } else if feed.link == nil && isPage {
                feed.link = href
            }
        case "enclosure":
            item?.addEnclosure(url: href, type: attributes["type"], length: attributes["length"])
        case "related", "via":
            if item != nil, item?.fallbackLink == nil { item?.fallbackLink = href }
        default:
            break
        }
    }
}
