import Foundation
@preconcurrency internal import CLibXML2

/// Finds the feeds an HTML page announces (RSS Autodiscovery, HTML §4.6.7.1 `alternate`):
/// `<link rel="alternate" type="application/rss+xml|atom+xml|feed+json|json" href>`.
public enum FeedDiscovery {
    private static let feedTypes: Set<String> = [
        "application/rss+xml", "application/atom+xml", "application/feed+json", "application/json",
        "application/rdf+xml", "application/x.atom+xml", "application/x-atom+xml",
    ]

    /// Absolute feed URLs in page order, without duplicates; `<base href>` applies.
    public static func alternateFeedLinks(inHTML data: Data, baseURL: URL) -> [URL] {
        let html = HTMLSource.decode(data)
        let found: [(href: String, base: String?)] =
            HTMLTree.withDocument(html) { root in
                var links: [(String, String?)] = []
                var base: String?
                visit(root, links: &links, base: &base, depth: 0)
                return links.map { ($0.0, base) }
            } ?? []
        var seen: Set<String> = []
        var urls: [URL] = []
        for (href, base) in found {
            let pageBase = base.flatMap { LinkResolver.url($0, relativeTo: baseURL) } ?? baseURL
            guard let resolved = LinkResolver.resolve(href, against: pageBase), !seen.contains(resolved),
                let url = URL(string: resolved)
            else { continue }
            seen.insert(resolved)
            urls.append(url)
        }
        return urls
    }

    /// `depth` bounds the walk: `<link>` and `<base>` live near the top of a page.
    private static func visit(_ node: xmlNodePtr, links: inout [(String, String?)], base: inout String?, depth: Int) {
        guard depth < 32 else { return }
        for child in HTMLTree.children(node) where HTMLTree.isElement(child) {
            let name = HTMLTree.name(child)
            if name == "base", base == nil {
                base = HTMLTree.attribute(child, "href")
            } else if name == "link" {
                let rel = (HTMLTree.attribute(child, "rel") ?? "").lowercased().split(whereSeparator: \.isWhitespace)
                let type = (HTMLTree.attribute(child, "type") ?? "").lowercased()
                    .split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                if rel.contains("alternate"), feedTypes.contains(type), let href = HTMLTree.attribute(child, "href") {
                    links.append((href, nil))
                }
            } else if name != "script" && name != "style" {
                visit(child, links: &links, base: &base, depth: depth + 1)
            }
        }
    }
}
