/// Renders parsed terms as an FTS5 query expression in which every user token is a quoted
/// string (FTS5 §3.1: inside double quotes only `"` is special, and it is doubled). User text
/// therefore never reaches `MATCH` as syntax: no column filters, no operators, no parse errors.
enum FTS5Expression {
    static func quoted(_ term: SearchQuery.Term) -> String {
        let escaped = term.text.replacingOccurrences(of: "\"", with: "\"\"")
        return "\"\(escaped)\"" + (term.isPrefix ? " *" : "")
    }

    /// `("a" OR "b") AND "c" NOT "d"`; nil when there are no required terms.
    static func positive(_ query: SearchQuery) -> String? {
        guard !query.required.isEmpty else { return nil }
        let groups = query.required.map { group in
            group.count == 1 ? quoted(group[0]) : "(" + group.map(quoted).joined(separator: " OR ") + ")"
        }
        var expression = groups.joined(separator: " AND ")
        if !query.excluded.isEmpty {
            expression = "(" + expression + ")" + query.excluded.map { " NOT " + quoted($0) }.joined()
        }
        return expression
    }

    /// The excluded terms as alternatives, for a query that has filters but no required words.
    static func excludedAlternatives(_ query: SearchQuery) -> String? {
        guard !query.excluded.isEmpty else { return nil }
        return query.excluded.map(quoted).joined(separator: " OR ")
    }
}
