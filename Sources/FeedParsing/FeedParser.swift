import Foundation

/// Turns the bytes of any feed into a `ParsedFeed`: RSS 0.90–2.0, RSS 1.0 (RDF), Atom 0.3 and
/// 1.0, JSON Feed 1.0 and 1.1, recognised from the content, never from a file name or a
/// Content-Type. Does no I/O.
public enum FeedParser {
    /// Detects the format from content and parses. `documentURL` resolves relative links;
    /// `httpCharset` is the charset parameter of an HTTP Content-Type (wins per RFC 7303).
    public static func parse(
        _ data: Data, documentURL: URL? = nil, httpCharset: String? = nil, limits: ParseLimits = .default
    ) throws(FeedParseError) -> ParsedFeed {
        guard data.count <= limits.maxBytes else { throw .tooLarge(bytes: data.count, limit: limits.maxBytes) }
        let decoded = DocumentDecoder.decode(data, httpCharset: httpCharset)
        let kind = DocumentShape.classify(decoded.utf8)
        var draft: FeedDraft
        switch kind {
        case .empty:
            throw .empty
        case .json:
            draft = try JSONFeedParser.parse(decoded.utf8, documentURL: documentURL, limits: limits)
        case .html:
            throw .notAFeed(
                looksLike: "an HTML page", reason: "it starts with an HTML document type or <html>; a page names its feeds in <link rel=\"alternate\">")
        case .xml(let doctypeVersion):
            draft = try parseXML(decoded.utf8, documentURL: documentURL, doctypeVersion: doctypeVersion, limits: limits)
        case .other(let start):
            throw .notAFeed(looksLike: "plain text or binary data", reason: "it starts with \(start), not with < or {")
        }
        draft.warnings.insert(contentsOf: decoded.warnings, at: 0)
        return draft.finish()
    }

    private static func parseXML(
        _ utf8: [UInt8], documentURL: URL?, doctypeVersion: String?, limits: ParseLimits
    ) throws(FeedParseError) -> FeedDraft {
        let dispatcher = RootDispatcher(limits: limits, doctypeVersion: doctypeVersion)
        let outcome = XMLStreamParser.parse(utf8, documentURL: documentURL, limits: limits, into: dispatcher)
        if let refusal = dispatcher.refusal { throw refusal }
        if let failure = outcome.failure { throw failure }
        guard var draft = dispatcher.draft else {
            let first = outcome.firstError
            throw .malformedXML(line: first?.line ?? 1, message: first?.message ?? "no root element")
        }
        draft.warnings.append(contentsOf: outcome.warnings)
        return draft
    }
}
