/// Syndication formats the corpus mixes, in the proportions feeds are met in the wild.
enum CorpusFormat: String, Codable, Sendable, CaseIterable {
    case rss2 = "rss2"
    case atom = "atom"
    case rdf = "rdf"
    case jsonFeed = "jsonfeed"

    var fileExtension: String { self == .jsonFeed ? "json" : "xml" }

    /// The Content-Type the loopback server sends (no charset: the XML declaration decides).
    var contentType: String {
        switch self {
        case .rss2: "application/rss+xml"
        case .atom: "application/atom+xml"
        case .rdf: "application/rdf+xml"
        case .jsonFeed: "application/feed+json"
        }
    }
}
