import Foundation

/// Collects the outlines of an OPML document: an outline with `xmlUrl` is a feed, one
/// without is a folder whose title tags every feed inside it.
final class OPMLReader: XMLConsumer {
    private(set) var rootName: String?
    private(set) var sawBody = false
    private(set) var subscriptions: [Subscription] = []
    private var indexByURL: [String: Int] = [:]
    /// Folder titles of the open outlines (nil for feed outlines, which may nest too).
    private var folders: [String?] = []

    func start(_ name: XMLElementName, attributes: XMLAttributes, context: XMLContext) -> TextCapture {
        if rootName == nil { rootName = name.local }
        switch name.local {
        case "body":
            sawBody = true
        case "outline":
            let title = TextCleanup.field(attributes["title"]) ?? TextCleanup.field(attributes["text"])
            let feedURL = attributes["xmlUrl"] ?? attributes["xmlurl"] ?? attributes["xmlURL"] ?? attributes["url"].flatMap {
                attributes["type"]?.lowercased() == "rss" ? $0 : nil
            }
            if let feedURL = feedURL.flatMap({ TextCleanup.field($0) }) {
                var tags = folders.compactMap { $0 }
                for category in (attributes["category"] ?? "").split(separator: ",") {
                    let path = category.split(separator: "/").map { $0.trimmingCharacters(in: .whitespaces) }
                    if let last = path.last, !last.isEmpty { tags.append(last) }
                }
                add(Subscription(url: feedURL, title: title, siteLink: TextCleanup.field(attributes["htmlUrl"]), tags: tags))
                folders.append(nil)
            } else {
                folders.append(title)
            }
        default:
            break
        }
        return .none
    }

    func end(_ name: XMLElementName, text: String?, context: XMLContext) {
        if name.local == "outline", !folders.isEmpty { folders.removeLast() }
    }

    private func add(_ subscription: Subscription) {
        var unique = subscription
        unique.tags = subscription.tags.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        if let index = indexByURL[subscription.url] {
            for tag in unique.tags where !subscriptions[index].tags.contains(tag) { subscriptions[index].tags.append(tag) }
            return
        }
        indexByURL[subscription.url] = subscriptions.count
        subscriptions.append(unique)
    }
}
