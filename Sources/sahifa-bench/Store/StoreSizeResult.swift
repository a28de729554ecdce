/// The store benchmark at one database size.
struct StoreSizeResult: Codable, Sendable {
    struct Query: Codable, Sendable {
        let name: String
        let milliseconds: Percentiles
    }

    let articles: Int
    let unread: Int
    let feeds: Int
    let databaseBytes: Int
    let queries: [Query]
    let searchHits: [String: Int]

    /// Issue 4 §9b and DESIGN §9: list queries under 30 ms, search p50 under 10 ms and p99 under 50 ms
    /// (checked on the second, steady-state pass; the first pass is reported for information).
    var goals: [GoalCheck] {
        queries.flatMap { query -> [GoalCheck] in
            let label = "\(articles) articles: \(query.name)"
            if query.name.hasPrefix("search"), query.name.hasSuffix("first pass") { return [] }
            // Prefix queries (`elec*`) are reported for information: the goals name words.
            if query.name.hasPrefix("prefix") { return [] }
            if query.name.hasPrefix("search") {
                return [
                    .atMost(label + " p50", query.milliseconds.p50, 10, unit: "ms"),
                    .atMost(label + " p99", query.milliseconds.p99, 50, unit: "ms"),
                ]
            }
            return [.atMost(label + " p99", query.milliseconds.p99, 30, unit: "ms")]
        }
    }
}
