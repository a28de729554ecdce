import Foundation

/// Parses the search language of DESIGN §6:
///
///     words (all must match)   "a phrase"   prefix*   -exclude   a OR b
///     feed:NAME  tag:T  is:unread  is:read  is:bookmarked  after:YYYY-MM-DD  before:YYYY-MM-DD
///
/// Filter values may be quoted (`feed:"Al Jazeera"`). Words that contain no letter or digit
/// (lone punctuation, a stray haraka) are ignored. Anything malformed throws
/// `NewsStoreError.invalidQuery` with a message naming the problem.
enum SearchQueryParser {
    static func parse(_ text: String) throws(NewsStoreError) -> SearchQuery {
        // Controls are never part of a word; a pasted tab or newline separates words.
        let text = String(
            String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
        var query = SearchQuery()
        var orPending = false
        var lastWasPositiveTerm = false
        for token in try SearchQueryLexer.tokens(text) {
            switch token {
            case .or:
                guard lastWasPositiveTerm, !orPending else { throw .invalidQuery("OR needs a word on each side") }
                orPending = true
            case .term(let term, let negated):
                guard isSearchable(term.text) else {
                    if orPending { throw .invalidQuery("OR needs a word on each side") }
                    lastWasPositiveTerm = false
                    continue
                }
                if negated {
                    if orPending { throw .invalidQuery("OR cannot join an excluded word") }
                    query.excluded.append(term)
                    lastWasPositiveTerm = false
                } else if orPending {
                    query.required[query.required.count - 1].append(term)
                    orPending = false
                    lastWasPositiveTerm = true
                } else {
                    query.required.append([term])
                    lastWasPositiveTerm = true
                }
            case .filter(let name, let value, let negated):
                if orPending { throw .invalidQuery("OR can only join words, not \(name):") }
                if negated { throw .invalidQuery("filters cannot be excluded: -\(name):\(value)") }
                try apply(filter: name, value: value, to: &query)
                lastWasPositiveTerm = false
            }
        }
        if orPending { throw .invalidQuery("OR needs a word on each side") }
        let termCount = query.required.reduce(query.excluded.count) { $0 + $1.count }
        if termCount > maximumTerms {
            throw .invalidQuery("too many words (\(termCount)); use at most \(maximumTerms)")
        }
        if query.required.isEmpty && query.excluded.isEmpty && !hasFilters(query) {
            throw .invalidQuery("nothing to search for; type a word, a \"phrase\" or a filter such as is:unread")
        }
        return query
    }

    /// FTS5 nests one expression level per term and refuses trees deeper than 256.
    static let maximumTerms = 64

    /// Names the lexer recognizes as filters; `other:thing` stays an ordinary word.
    static let filterNames: Set<String> = ["feed", "tag", "is", "after", "before"]

    private static func apply(filter name: String, value: String, to query: inout SearchQuery) throws(NewsStoreError) {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            throw .invalidQuery("\(name): needs a value, e.g. \(example(name))")
        }
        switch name {
        case "feed": query.feeds.append(trimmed)
        case "tag": query.tags.append(trimmed)
        case "is":
            switch trimmed.lowercased() {
            case "unread": query.isRead = false
            case "read": query.isRead = true
            case "bookmarked", "bookmark", "starred": query.bookmarkedOnly = true
            default: throw .invalidQuery("is: takes unread, read or bookmarked, not '\(trimmed)'")
            }
        case "after": query.after = try day(trimmed, filter: name)
        case "before": query.before = try day(trimmed, filter: name)
        default: break
        }
    }

    private static func example(_ name: String) -> String {
        switch name {
        case "is": return "is:unread"
        case "after", "before": return "\(name):2024-05-31"
        default: return "\(name):news"
        }
    }

    /// `YYYY-MM-DD` as the start of that day in UTC.
    static func day(_ text: String, filter: String) throws(NewsStoreError) -> Date {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2])
        else { throw .invalidQuery("\(filter): needs a date like 2024-05-31, not '\(text)'") }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let components = DateComponents(year: year, month: month, day: dayOfMonth)
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else {
            throw .invalidQuery("\(filter): '\(text)' is not a valid date")
        }
        return date
    }

    /// Whether the term has a letter or a digit that survives folding (tatweel is a letter to
    /// Unicode but folds away), so the index has something to look up.
    static func isSearchable(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            if SearchFolding.isDropped(scalar.value) { return false }
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber, .privateUse:
                return true
            default:
                return false
            }
        }
    }

    private static func hasFilters(_ query: SearchQuery) -> Bool {
        !query.feeds.isEmpty || !query.tags.isEmpty || query.isRead != nil || query.bookmarkedOnly
            || query.after != nil || query.before != nil
    }
}
