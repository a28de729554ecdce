/// "Did you mean" for a mistyped setting or command name.
enum Suggestion {
    /// `" (did you mean x?)"` when a known name is within two edits of `name`, else "".
    static func closest(to name: String, among known: [String]) -> String {
        let scored = known.map { ($0, distance(Array(name), Array($0))) }.min { $0.1 < $1.1 }
        guard let (best, score) = scored, score <= 2 else { return "" }
        return " (did you mean \(best)?)"
    }

    /// Levenshtein distance, for short names only.
    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
