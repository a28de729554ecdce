/// One target of DESIGN §9 or of an issue, compared with what was measured.
struct GoalCheck: Codable, Sendable {
    let name: String
    let target: String
    let measured: String
    let met: Bool

    /// A goal met when `value` is at most `limit` (times, memory, ratios of ours to theirs).
    static func atMost(_ name: String, _ value: Double, _ limit: Double, unit: String) -> GoalCheck {
        GoalCheck(name: name, target: "≤ \(Format.number(limit)) \(unit)", measured: "\(Format.number(value)) \(unit)", met: value <= limit)
    }

    /// A goal met when `value` is at least `limit` (throughput, speed-up).
    static func atLeast(_ name: String, _ value: Double, _ limit: Double, unit: String) -> GoalCheck {
        GoalCheck(name: name, target: "≥ \(Format.number(limit)) \(unit)", measured: "\(Format.number(value)) \(unit)", met: value >= limit)
    }

    var line: String { "goal \(met ? "met    " : "NOT met") \(name): \(measured) (target \(target))" }
}
