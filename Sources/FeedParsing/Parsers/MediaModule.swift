/// Media RSS (https://www.rssboard.org/media-rss) inside RSS items and Atom entries:
/// `media:content` (also inside `media:group`) becomes an enclosure, `media:description`
/// and `media:title` stand in when the item has no summary or title of its own.
enum MediaModule {
    static func start(
        _ local: String, attributes: XMLAttributes, context: XMLContext, item: inout ItemDraft, groupDepth: inout Int
    ) -> TextCapture {
        switch local {
        case "group":
            groupDepth = context.depth
            return .none
        case "content":
            guard let url = attributes["url"].flatMap({ LinkResolver.resolve($0, against: context.base) }) else { return .none }
            let type = attributes["type"] ?? attributes["medium"]
            item.addEnclosure(url: url, type: type, length: attributes["fileSize"])
            return .none
        case "description":
            return attributes["type"] == "html" ? .htmlSource : .text
        case "title":
            return .text
        default:
            return .none
        }
    }

    static func end(_ local: String, text: String?, context: XMLContext, item: inout ItemDraft, groupDepth: inout Int) {
        switch local {
        case "group":
            groupDepth = 0
        case "description":
            if item.extraSummaryText == nil, let text { item.extraSummaryText = HTMLText.decodeIfNeeded(text) }
        case "title":
            if item.title == nil, let text {
                item.title = text
                item.titleKind = .text
            }
        default:
            break
        }
    }
}
