/// The namespaces feeds use, recognised once per distinct URI per parse.
enum XMLNamespace: Hashable, Sendable {
    case none
    case atom
    case atom03
    case rss090
    case rss10
    case rdf
    case content
    case dublinCore
    case dublinCoreTerms
    case media
    case itunes
    case xhtml
    case xml
    case opml
    case other

    /// Classifies a namespace URI, tolerating the variants found in the wild (a missing
    /// trailing slash, upper-case letters in the iTunes DTD path).
    init(uri: String) {
        var key = uri.lowercased()
        while key.hasSuffix("/") || key.hasSuffix("#") { key.removeLast() }
        if key.hasPrefix("https://") { key = "http://" + key.dropFirst(8) }
        switch key {
        case "http://www.w3.org/2005/atom": self = .atom
        case "http://purl.org/atom/ns": self = .atom03
        case "http://my.netscape.com/rdf/simple/0.9", "http://channel.netscape.com/rdf/simple/0.9": self = .rss090
        case "http://purl.org/rss/1.0": self = .rss10
        case "http://www.w3.org/1999/02/22-rdf-syntax-ns": self = .rdf
        case "http://purl.org/rss/1.0/modules/content": self = .content
        case "http://purl.org/dc/elements/1.1", "http://purl.org/dc/elements/1.0": self = .dublinCore
        case "http://purl.org/dc/terms": self = .dublinCoreTerms
        case "http://search.yahoo.com/mrss", "http://video.search.yahoo.com/mrss", "http://tools.search.yahoo.com/mrss":
            self = .media
        case "http://www.itunes.com/dtds/podcast-1.0.dtd": self = .itunes
        case "http://www.w3.org/1999/xhtml": self = .xhtml
        case "http://www.w3.org/xml/1998/namespace": self = .xml
        case "http://opml.org/spec2": self = .opml
        default: self = .other
        }
    }

    /// For prefixes used without a declaration (common in RSS 2.0 feeds written by hand).
    init(undeclaredPrefix prefix: String) {
        switch prefix {
        case "dc": self = .dublinCore
        case "dcterms": self = .dublinCoreTerms
        case "content": self = .content
        case "media": self = .media
        case "itunes": self = .itunes
        case "atom", "atom10": self = .atom
        case "rdf": self = .rdf
        case "xhtml": self = .xhtml
        default: self = .other
        }
    }
}
