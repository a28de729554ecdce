/// An input source that replays keys given in advance, for tests of the loop.
public final class ScriptedInput: InputSource {
    private var pending: [Key]
    private var wake: (@Sendable () -> Void)?

    public init(_ keys: [Key] = []) {
        pending = keys
    }

    /// Queues more keys and wakes the loop.
    public func type(_ keys: [Key]) {
        pending += keys
        wake?()
    }

    public func start(wake: @escaping @Sendable () -> Void) {
        self.wake = wake
        if !pending.isEmpty { wake() }
    }

    public func readKeys() -> [Key] {
        defer { pending = [] }
        return pending
    }

    public func stop() { wake = nil }
}
