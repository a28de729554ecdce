/// An in-memory backend for tests: it applies what `Terminal` sends to its own buffer, so a test
/// can check both the screen and how many cells each frame cost.
public final class TestBackend: Backend {
    public private(set) var buffer: Buffer
    public private(set) var flushCount = 0
    public private(set) var clearCount = 0
    public private(set) var drawnCellCounts: [Int] = []

    public init(size: Size) {
        buffer = Buffer(size: size)
    }

    /// Simulates the user resizing the window; the next frame sees the new size.
    public func resize(to size: Size) {
        buffer = Buffer(size: size)
    }

    public func size() -> Size { buffer.size }

    public func draw(_ changes: [CellChange]) {
        drawnCellCounts.append(changes.count)
        for change in changes { buffer.set(change.cell, at: change.position) }
    }

    public func clear() {
        clearCount += 1
        buffer = Buffer(size: buffer.size)
    }

    public func flush() { flushCount += 1 }
}
