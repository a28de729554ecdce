import Foundation

/// OPML 1.0 and 2.0 subscription lists (http://opml.org/spec2.opml): import, where nested
/// outlines become tags, and export as OPML 2.0 with tags as `category`.
public enum OPMLDocument {
    /// The subscriptions an OPML document lists, in document order, one per feed URL.
    public static func parse(_ data: Data) throws(FeedParseError) -> [Subscription] {
        guard data.count <= ParseLimits.default.maxBytes else {
            throw .tooLarge(bytes: data.count, limit: ParseLimits.default.maxBytes)
        }
        let decoded = DocumentDecoder.decode(data, httpCharset: nil)
        guard DocumentShape.classify(decoded.utf8) != .empty else { throw .empty }
        let reader = OPMLReader()
        let outcome = XMLStreamParser.parse(decoded.utf8, documentURL: nil, limits: .default, into: reader)
        if let failure = outcome.failure { throw failure }
        guard let root = reader.rootName else {
            throw .notOPML(reason: "it is not XML (\(outcome.firstError?.message ?? "no root element"))")
        }
        guard root == "opml" else { throw .notOPML(reason: "its root element is <\(root)>, not <opml>") }
        guard reader.sawBody else { throw .notOPML(reason: "it has no <body> of outlines") }
        return reader.subscriptions
    }

    /// An OPML 2.0 document listing `subscriptions`, each tag list written as `category`.
    public static func export(_ subscriptions: [Subscription], title: String) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<opml version=\"2.0\">",
            "  <head>",
            "    <title>\(escaped(title))</title>",
            "  </head>",
            "  <body>",
        ]
        for subscription in subscriptions {
            let name = subscription.title ?? subscription.url
            var attributes = "type=\"rss\" text=\"\(escaped(name))\" title=\"\(escaped(name))\" xmlUrl=\"\(escaped(subscription.url))\""
            if let site = subscription.siteLink { attributes += " htmlUrl=\"\(escaped(site))\"" }
            if !subscription.tags.isEmpty {
                let tags = subscription.tags.map { $0.replacingOccurrences(of: ",", with: " ") }
                attributes += " category=\"\(escaped(tags.joined(separator: ",")))\""
            }
            lines.append("    <outline \(attributes)/>")
        }
        lines += ["  </body>", "</opml>", ""]
        return lines.joined(separator: "\n")
    }

    private static func escaped(_ text: String) -> String { MarkupEscaping.escaped(text, escaping: .generated) }
}
