/// Looks at a document's root element, picks the parser for its format, and forwards every
/// later event to it; an unknown root stops the parse with a description of what it was.
final class RootDispatcher: XMLConsumer {
    enum Parser {
        case rss(RSSParser)
        case atom(AtomParser)
    }

    private let limits: ParseLimits
    private let doctypeVersion: String?
    private(set) var parser: Parser?
    private var target: XMLConsumer?
    /// Set when the root element is not a feed's.
    private(set) var refusal: FeedParseError?

    init(limits: ParseLimits, doctypeVersion: String?) {
        self.limits = limits
        self.doctypeVersion = doctypeVersion
    }

    func start(_ name: XMLElementName, attributes: XMLAttributes, context: XMLContext) -> TextCapture {
        if let target { return target.start(name, attributes: attributes, context: context) }
        guard refusal == nil else { return .none }
        switch (name.namespace, name.local) {
        case (.none, "rss"), (.other, "rss"):
            let version = attributes["version"]?.trimming(.whitespaces) ?? doctypeVersion ?? "2.0"
            adopt(.rss(RSSParser(format: .rss, version: version.isEmpty ? "2.0" : version, limits: limits)))
        case (.rdf, "RDF"), (.none, "RDF"), (.other, "RDF"):
            adopt(.rss(RSSParser(format: .rdf, version: nil, limits: limits)))
        case (.atom, "feed"):
            adopt(.atom(AtomParser(version: "1.0", limits: limits)))
        case (.atom03, "feed"):
            adopt(.atom(AtomParser(version: "0.3", limits: limits)))
        case (.none, "feed"):
            let version = attributes["version"] ?? "1.0"
            adopt(.atom(AtomParser(version: version, limits: limits)))
        case (_, "opml"):
            refusal = .notAFeed(looksLike: "an OPML subscription list", reason: "import it with `sahifa import` to subscribe to its feeds")
        case (_, "html"):
            refusal = .notAFeed(
                looksLike: "an HTML page", reason: "its root element is <html>; a page names its feeds in <link rel=\"alternate\">")
        default:
            refusal = .notAFeed(looksLike: "an XML document", reason: "its root element <\(name.local)> is not <rss>, <rdf:RDF> or <feed>")
        }
        return target?.start(name, attributes: attributes, context: context) ?? .none
    }

    func end(_ name: XMLElementName, text: String?, context: XMLContext) {
        target?.end(name, text: text, context: context)
    }

    private func adopt(_ chosen: Parser) {
        parser = chosen
        switch chosen {
        case .rss(let rss): target = rss
        case .atom(let atom): target = atom
        }
    }

    /// What the chosen parser collected.
    var draft: FeedDraft? {
        switch parser {
        case .rss(let rss): return rss.feed
        case .atom(let atom): return atom.feed
        case nil: return nil
        }
    }

    /// A refusal is seen at the root; the parse can stop there.
    var wantsToStop: Bool { refusal != nil }
}
