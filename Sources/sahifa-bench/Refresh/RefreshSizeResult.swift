/// Every phase of the refresh benchmark at one corpus size, and the comparisons drawn from them.
struct RefreshSizeResult: Codable, Sendable {
    let feeds: Int
    let itemsPerFeed: Int
    let jobs: Int
    let corpusBytes: Int
    let phases: [RefreshPhase]
    let sahifaHomeBytes: Int?

    func phase(_ reader: String, _ name: String) -> RefreshPhase? {
        phases.first { $0.reader == reader && $0.phase == name }
    }

    private func peakRSS(_ reader: String) -> Double? {
        phases.filter { $0.reader == reader }.map(\.outcome.peakRSSMB).max()
    }

    /// Phases where the server's answers show the run did not do the intended work.
    var anomalies: [String] {
        phases.compactMap { phase in
            let expected = phase.phase == "warm" ? phase.server.notModified : phase.server.ok
            if phase.outcome.exitStatus != 0 { return "\(phase.reader) \(phase.phase) exited with \(phase.outcome.exitStatus)" }
            if expected != feeds || phase.server.requests != feeds {
                let want = phase.phase == "warm" ? "304" : "200"
                return "\(phase.reader) \(phase.phase): \(expected) of \(feeds) feeds answered \(want) (\(phase.server.requests) requests)"
            }
            return nil
        }
    }

    /// Issue 4 §9a (ratios against newsboat) and DESIGN §9 (absolute targets at 1000 feeds).
    var goals: [GoalCheck] {
        var goals: [GoalCheck] = []
        let sahifaCold = phase("sahifa", "cold")?.outcome.wallSeconds
        let sahifaWarm = phase("sahifa", "warm")?.outcome.wallSeconds
        if let sahifaCold, let newsboat = phase("newsboat", "cold")?.outcome.wallSeconds {
            goals.append(.atMost("\(feeds) feeds cold refresh, sahifa/newsboat", sahifaCold / newsboat, 0.2, unit: "×"))
        }
        if let sahifaWarm, let newsboat = phase("newsboat", "warm")?.outcome.wallSeconds {
            goals.append(.atMost("\(feeds) feeds all-304 refresh, sahifa/newsboat", sahifaWarm / newsboat, 0.1, unit: "×"))
        }
        if let ours = peakRSS("sahifa"), let theirs = peakRSS("newsboat") {
            goals.append(.atMost("\(feeds) feeds peak RSS, sahifa vs newsboat (\(Format.number(theirs)) MB)", ours, theirs, unit: "MB"))
        }
        if feeds >= 1000 {
            if let sahifaCold { goals.append(.atMost("\(feeds) feeds cold refresh (DESIGN §9, newsraft ≈ 4 s)", sahifaCold, 4, unit: "s")) }
            if let sahifaWarm { goals.append(.atMost("\(feeds) feeds all-304 refresh (DESIGN §9)", sahifaWarm, 0.4, unit: "s")) }
            if let ours = peakRSS("sahifa") { goals.append(.atMost("\(feeds) feeds peak RSS (DESIGN §9)", ours, 64, unit: "MB")) }
        }
        return goals
    }
}
