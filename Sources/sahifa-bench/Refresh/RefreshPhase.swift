/// One timed refresh of one reader, with what the server saw meanwhile.
struct RefreshPhase: Codable, Sendable {
    let reader: String
    /// `cold` (empty database), `second` (newsboat's second reload: still 200s), `warm` (all 304).
    let phase: String
    let outcome: MeasuredProcess.Outcome
    let server: ServerStatistics

    var row: [String] {
        [
            reader, phase, Format.number(outcome.wallSeconds) + " s", Format.number(outcome.peakRSSMB) + " MB",
            Format.number(outcome.userSeconds + outcome.systemSeconds) + " s", "\(outcome.exitStatus)",
            "\(server.ok)/\(server.notModified)/\(server.notFound)",
        ]
    }

    static let header = ["reader", "phase", "wall", "peak RSS", "CPU", "exit", "200/304/404"]
}
