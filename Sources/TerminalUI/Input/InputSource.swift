/// The input side of a terminal.
///
/// Reading is split in two so that a terminal library that is not thread-safe (ncurses) is only
/// ever called from the loop: `start` watches for input on its own thread and calls `wake` when
/// keys may be waiting; the loop then calls `readKeys`, which never blocks.
public protocol InputSource: AnyObject {
    /// Begins watching; `wake` may be called from any thread, any number of times.
    func start(wake: @escaping @Sendable () -> Void)
    /// Keys typed since the last call (and `.resize` when the size changed), without blocking.
    func readKeys() -> [Key]
    /// Stops watching; no `wake` follows.
    func stop()
}
