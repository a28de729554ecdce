/// The cells that differ between two frames of the same size, in row-major order.
///
/// Continuation cells are never sent: the wide cell to their left covers them. When a wide cell
/// is replaced by narrow ones, the former continuation position differs and is sent as a cell.
public enum BufferDiff {
    public static func changes(from previous: Buffer, to next: Buffer) -> [CellChange] {
        guard previous.size == next.size else { return allCells(of: next) }
        var changes: [CellChange] = []
        for y in 0..<next.size.height {
            for x in 0..<next.size.width {
                let cell = next[x, y]
                if cell.isContinuation { continue }
                let old = previous[x, y]
                // A wide cell whose right half changed under it must be redrawn too.
                let rightHalfChanged = cell.width == 2 && previous[x + 1, y] != next[x + 1, y]
                if cell != old || rightHalfChanged {
                    changes.append(CellChange(position: Point(x: x, y: y), cell: cell))
                }
            }
        }
        return changes
    }

    public static func allCells(of buffer: Buffer) -> [CellChange] {
        var changes: [CellChange] = []
        changes.reserveCapacity(buffer.cells.count)
        for y in 0..<buffer.size.height {
            for x in 0..<buffer.size.width where !buffer[x, y].isContinuation {
                changes.append(CellChange(position: Point(x: x, y: y), cell: buffer[x, y]))
            }
        }
        return changes
    }
}
