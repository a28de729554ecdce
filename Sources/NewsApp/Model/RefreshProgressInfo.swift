/// How far a background refresh has come, for the status line.
public struct RefreshProgressInfo: Hashable, Sendable {
    public var completed: Int
    public var total: Int
    public var failed: Int

    public init(completed: Int, total: Int, failed: Int = 0) {
        self.completed = completed
        self.total = total
        self.failed = failed
    }
}
