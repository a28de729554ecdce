/// A stretch of one row whose cells share a style, as snapshot files list them.
public struct StyleRun: Hashable, Sendable, CustomStringConvertible {
    public var row: Int
    public var columns: Range<Int>
    public var style: Style

    public init(row: Int, columns: Range<Int>, style: Style) {
        self.row = row
        self.columns = columns
        self.style = style
    }

    public var description: String {
        "\(row):\(columns.lowerBound)-\(columns.upperBound) \(style.snapshotDescription)"
    }
}
