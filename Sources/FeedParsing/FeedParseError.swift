/// Why a document could not be turned into a feed, subscription list or article, in words a
/// user can act on. Each case renders as one line.
public enum FeedParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The document has no content at all.
    case empty
    /// Larger than `ParseLimits.maxBytes`.
    case tooLarge(bytes: Int, limit: Int)
    /// Elements nest deeper than `ParseLimits.maxDepth`.
    case tooDeep(limit: Int)
    /// Entity references expand to more text than `ParseLimits.maxExpansionFactor` allows.
    case entityExpansion(limit: Int)
    /// More references to declared entities than any feed needs (an expansion attack).
    case tooManyEntityReferences(limit: Int)
    /// Recognisably something else: `looksLike` names it ("an HTML page", "an OPML subscription list").
    case notAFeed(looksLike: String, reason: String)
    /// XML so broken that nothing could be recovered.
    case malformedXML(line: Int, message: String)
    /// JSON that does not parse, or is not a JSON Feed.
    case malformedJSON(message: String)
    /// An OPML document without a body of outlines, or not OPML at all.
    case notOPML(reason: String)
    /// An article file that holds no text (empty, binary).
    case unreadableArticle(fileName: String, reason: String)

    public var description: String {
        switch self {
        case .empty:
            return "the document is empty"
        case .tooLarge(let bytes, let limit):
            return "the document is \(Self.size(bytes)), over the \(Self.size(limit)) limit (maximum document size)"
        case .tooDeep(let limit):
            return "elements nest deeper than \(limit) levels (maximum nesting depth)"
        case .entityExpansion(let limit):
            return "entity references expand to more than \(Self.size(limit)) of text (entity expansion limit)"
        case .tooManyEntityReferences(let limit):
            return "more than \(limit) references to declared entities (entity expansion limit)"
        case .notAFeed(let looksLike, let reason):
            return "looks like \(looksLike), not a feed: \(reason)"
        case .malformedXML(let line, let message):
            return "not well-formed XML at line \(line): \(message)"
        case .malformedJSON(let message):
            return "not a JSON Feed: \(message)"
        case .notOPML(let reason):
            return "not an OPML subscription list: \(reason)"
        case .unreadableArticle(let fileName, let reason):
            return "\(fileName): \(reason)"
        }
    }

    private static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 20 {
            let tenths = (bytes * 10) >> 20
            return "\(tenths / 10).\(tenths % 10) MiB"
        }
        if bytes >= 1 << 10 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
