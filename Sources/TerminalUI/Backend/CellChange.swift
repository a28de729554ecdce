/// A cell to (re)draw at a position, as `Terminal` hands them to a `Backend`.
public struct CellChange: Hashable, Sendable {
    public var position: Point
    public var cell: Cell

    public init(position: Point, cell: Cell) {
        self.position = position
        self.cell = cell
    }
}
