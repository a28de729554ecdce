/// A grid of cells that widgets draw into; the only thing that knows about the terminal is the
/// `Backend` that a `Terminal` feeds with the differences between two buffers (ratatui's model).
///
/// Every write is clipped to the buffer, and wide characters keep the column grid intact: writing
/// over half of a wide character blanks the other half.
public struct Buffer: Hashable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]

    public init(size: Size, fill: Cell = .blank()) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    public var area: Rect { Rect(size) }

    /// The cell at column `x`, row `y`; a blank outside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < size.width, y < size.height else { return .blank() }
        return cells[y * size.width + x]
    }

    /// Puts `cell` at `point` if it fits inside `clip` (default: the whole buffer).
    ///
    /// A wide cell that would stick out of `clip` is replaced by a blank so nothing is drawn
    /// half-way. Returns the columns the cell took (0 when clipped away entirely).
    @discardableResult
    public mutating func set(_ cell: Cell, at point: Point, clip: Rect? = nil) -> Int {
        let bounds = clip.map { $0.intersection(area) } ?? area
        guard bounds.contains(point), !cell.isContinuation else { return 0 }
        if cell.width >= 2 {
            guard point.x + 1 < bounds.maxX else {
                place(.blank(cell.style), x: point.x, y: point.y)
                return 1
            }
            place(Cell(cell.text, width: 2, style: cell.style), x: point.x, y: point.y)
            place(.continuation(cell.style), x: point.x + 1, y: point.y)
            return 2
        }
        place(cell, x: point.x, y: point.y)
        return 1
    }

    /// Fills `rect` (clipped to the buffer) with copies of `cell`, which must be one column wide.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank()) {
        let target = rect.intersection(area)
        guard !target.isEmpty else { return }
        let single = cell.width == 1 ? cell : Cell.blank(cell.style)
        for y in target.y..<target.maxY {
            for x in target.x..<target.maxX { place(single, x: x, y: y) }
        }
    }

    /// Lays `style` over every cell of `rect`: non-default colours replace, attributes add up.
    public mutating func applyStyle(_ style: Style, to rect: Rect) {
        let target = rect.intersection(area)
        guard !target.isEmpty else { return }
        for y in target.y..<target.maxY {
            for x in target.x..<target.maxX {
                cells[y * size.width + x].style = cells[y * size.width + x].style.patched(with: style)
            }
        }
    }

    /// Writes one cell, first repairing a wide character that the write cuts in half.
    private mutating func place(_ cell: Cell, x: Int, y: Int) {
        let index = y * size.width + x
        let old = cells[index]
        if old.isContinuation, x > 0 {
            cells[index - 1] = .blank(cells[index - 1].style)
        }
        if old.width == 2, cell.width != 2, x + 1 < size.width {
            cells[index + 1] = .blank(old.style)
        }
        cells[index] = cell
    }
}
