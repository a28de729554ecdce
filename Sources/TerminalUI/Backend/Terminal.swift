/// Keeps the last frame drawn and sends only what changed to the backend (ratatui's `Terminal`).
///
/// `draw` asks the backend for its size, renders a fresh buffer, diffs it against the previous
/// frame, draws the changes, flushes, and keeps the new frame. A size change clears the screen and
/// redraws everything.
public final class Terminal<B: Backend> {
    public let backend: B
    public private(set) var previous: Buffer?

    public init(backend: B) {
        self.backend = backend
    }

    /// Renders one frame. Returns the number of cells sent to the backend.
    @discardableResult
    public func draw(_ render: (inout Buffer) -> Void) -> Int {
        let size = backend.size()
        var next = Buffer(size: size)
        render(&next)
        let changes: [CellChange]
        if let previous, previous.size == size {
            changes = BufferDiff.changes(from: previous, to: next)
        } else {
            backend.clear()
            changes = BufferDiff.allCells(of: next)
        }
        if !changes.isEmpty { backend.draw(changes) }
        backend.flush()
        previous = next
        return changes.count
    }

    /// Forgets the last frame so the next `draw` repaints the whole screen (after the screen
    /// was disturbed from outside, e.g. by a program run in the foreground).
    public func invalidate() {
        previous = nil
    }
}
