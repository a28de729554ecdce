/// A paragraph with everything that does not depend on the width done once: isolates inserted,
/// levels resolved, Arabic shaped and mirrored, clusters measured. `lines(width:)` then only
/// breaks and reorders, so a terminal resize re-lays out without re-resolving anything.
public struct PreparedParagraph: Sendable {
    let paragraph: StyledParagraph
    let text: LogicalText
    /// nil when the terminal does BiDi itself (`BidiMode.terminal`: logical order, unshaped) and
    /// when every level would be 0 (`LeftToRightShortcut`).
    let bidi: BidiParagraph?
    /// Shaped code points (the logical ones when unshaped).
    let shaped: [UInt32]
    let roles: [ScalarRole]
    /// Columns of each position when they differ from the roles' (preformatted text, whose tabs
    /// span up to the next tab stop); nil otherwise.
    let widths: [UInt8]?
    let clusters: ClusterTable
    /// Cluster index of every position.
    var clusterOf: [Int32] { clusters.clusterOf }

    public init(_ paragraph: StyledParagraph, options: LayoutOptions) {
        self.paragraph = paragraph
        let application = options.bidi == .application
        let text = LogicalText(paragraph, insertsIsolates: application)
        let direction = options.directionOverride ?? paragraph.direction
        let bidi =
            application && !LeftToRightShortcut.applies(to: text.scalars, direction: direction)
            ? BidiParagraph(
                scalars: Self.lineBreaksAsSeparators(text.scalars), direction: direction,
                options: .init(shapesArabic: options.shapesArabic))
            : nil
        let shaped = bidi?.shaped ?? text.scalars
        var roles = Self.roles(of: text, shaped: shaped)
        var widths: [UInt8]?
        if paragraph.isPreformatted && roles.contains(.tab) {
            var columns = roles.map { UInt8($0.width) }
            TabStops.expand(&columns, roles: roles)
            widths = columns
        }
        let clusters = ClusterTable(text: text, roles: roles, widths: widths)
        for cluster in clusters.atomicClusters {
            for position in Int(clusters.starts[cluster])..<Int(clusters.starts[cluster + 1]) { roles[position] = .atomic }
        }
        self.text = text
        self.bidi = bidi
        self.shaped = shaped
        self.roles = roles
        self.widths = widths
        self.clusters = clusters
    }

    private static func roles(of text: LogicalText, shaped: [UInt32]) -> [ScalarRole] {
        let table = TerminalWidth.table
        return [ScalarRole](unsafeUninitializedCapacity: text.count) { roles, initialized in
            text.scalars.withUnsafeBufferPointer { scalars in
                shaped.withUnsafeBufferPointer { shaped in
                    text.source.withUnsafeBufferPointer { source in
                        for index in 0..<scalars.count {
                            roles[index] = ScalarRole.of(original: scalars[index], shaped: shaped[index], inserted: source[index] < 0, widths: table)
                        }
                    }
                }
            }
            initialized = text.count
        }
    }

    /// A line feed inside a paragraph is a line break (`<br>`), not a paragraph separator: the
    /// bidi algorithm sees U+2028 LINE SEPARATOR (class WS) in its place.
    private static func lineBreaksAsSeparators(_ scalars: [UInt32]) -> [UInt32] {
        guard scalars.contains(0x0A) else { return scalars }
        return scalars.map { $0 == 0x0A ? 0x2028 : $0 }
    }

    /// The resolved paragraph direction (always left-to-right when the terminal does BiDi).
    public var isRightToLeft: Bool { bidi?.isRightToLeft ?? false }

    /// Columns the whole paragraph needs on one line.
    public var naturalWidth: Int { clusters.offsets[clusters.count] }

    /// Breaks the paragraph into lines of at most `width` columns and reorders each.
    /// A width below one column gives one empty line: nothing fits, and callers still get a row.
    public func lines(width: Int) -> [VisualLine] {
        guard width > 0 else { return [VisualLine(cells: [])] }
        let breaker = LineBreaker(clusters: clusters)
        // One builder and one reordering scratch for all the lines of the paragraph.
        var builder = VisualLineBuilder(prepared: self, width: width)
        var scratch = LineOrderScratch()
        return breaker.lines(width: width, preformatted: paragraph.isPreformatted).map { line in
            visualLine(clusters: line, width: width, builder: &builder, scratch: &scratch)
        }
    }

    func visualLine(clusters line: Range<Int>, width: Int) -> VisualLine {
        var builder = VisualLineBuilder(prepared: self, width: width)
        var scratch = LineOrderScratch()
        return visualLine(clusters: line, width: width, builder: &builder, scratch: &scratch)
    }

    private func visualLine(
        clusters line: Range<Int>, width: Int, builder: inout VisualLineBuilder, scratch: inout LineOrderScratch
    ) -> VisualLine {
        let positions = Int(clusters.starts[line.lowerBound])..<Int(clusters.starts[line.upperBound])
        builder.startLine(capacity: positions.count)
        if let bidi, !bidi.isLogicalOrder(positions) {
            bidi.visualOrder(of: positions, into: &scratch)
            builder.add(scratch.order[..<positions.count].lazy.map { Int($0) })
        } else {
            builder.add(positions)
        }
        let used = builder.used
        let cells = builder.finishLine()
        let rtl = isRightToLeft
        return VisualLine(indent: rtl ? max(0, width - used) : 0, cells: cells, isRightToLeft: rtl)
    }
}
