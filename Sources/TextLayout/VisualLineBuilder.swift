/// Turns one reordered line (logical positions in visual order) into terminal cells: a spacing
/// character followed by its marks (at most four, ncurses' `CCHARW_MAX` − 1), atomic emoji
/// sequences, tabs as spaces; bidi controls, BN and lam-alef fillers are dropped (UAX #9 X9).
///
/// Relies on REORDER_NSM (L3): marks arrive right after their base whatever the direction.
struct VisualLineBuilder {
    static let maximumMarks = 4
    static let dottedCircle: Unicode.Scalar = "\u{25CC}"
    static let replacement: Unicode.Scalar = "\u{FFFD}"

    let prepared: PreparedParagraph
    let width: Int
    private(set) var cells: [LaidOutCell] = []
    private(set) var used = 0
    /// Position of the last spacing character or emoji started (its cluster is looked up only
    /// when a mark needs it); -1 before the first.
    private var lastBase = -1
    private var marksInCell = 0
    /// The last spacing character did not fit: its marks go with it.
    private var droppingMarks = false
    private var emittedAtomic: Set<Int32> = []
    private var cachedRun = -1
    private var cachedAttributes: (LayoutStyle, Int?) = ([], nil)

    /// A builder for the lines of `prepared`, one after the other (`startLine`, `finishLine`):
    /// made once per paragraph, not once per line. Run attributes stay cached across lines.
    init(prepared: PreparedParagraph, width: Int) {
        self.prepared = prepared
        self.width = width
    }

    mutating func startLine(capacity: Int) {
        cells = []
        cells.reserveCapacity(capacity)
        used = 0
        lastBase = -1
        marksInCell = 0
        droppingMarks = false
        if !emittedAtomic.isEmpty { emittedAtomic = [] }
    }

    /// The line's cells, handed over.
    mutating func finishLine() -> [LaidOutCell] {
        defer { cells = [] }
        return cells
    }

    /// Adds `positions` in the order given. Spacing characters, most of every line, are handled
    /// here over the arrays' buffers; everything else goes through `add(_:)`.
    mutating func add<Positions: Sequence<Int>>(_ positions: Positions) {
        let roles = prepared.roles
        let shaped = prepared.shaped
        let sources = prepared.text.source
        let runs = prepared.text.run
        roles.withUnsafeBufferPointer { roles in
            shaped.withUnsafeBufferPointer { shaped in
                sources.withUnsafeBufferPointer { sources in
                    runs.withUnsafeBufferPointer { runs in
                        for position in positions {
                            let role = roles[position]
                            guard role == .narrow || role == .wide else {
                                add(position)
                                continue
                            }
                            // `newCell`, with the attributes cached per run.
                            let cellWidth = role == .wide ? 2 : 1
                            lastBase = position
                            marksInCell = 0
                            guard used + cellWidth <= width else {
                                droppingMarks = true
                                continue
                            }
                            droppingMarks = false
                            used += cellWidth
                            let run = Int(runs[position])
                            if run != cachedRun { cacheAttributes(ofRun: run) }
                            let source = Int(sources[position])
                            cells.append(
                                LaidOutCell(
                                    scalar: Unicode.Scalar(shaped[position]) ?? Self.replacement, width: cellWidth, style: cachedAttributes.0,
                                    link: cachedAttributes.1, sourceRange: source..<(source + 1)))
                        }
                    }
                }
            }
        }
    }

    mutating func add(_ position: Int) {
        let role = prepared.roles[position]
        switch role {
        case .atomic:
            addAtomic(prepared.clusterOf[position], position: position)
        case .hidden:
            // A lam-alef ligature sits in the alef's slot; the lam's slot holds the filler.
            if prepared.shaped[position] == 0xFEFF, prepared.text.scalars[position] != 0xFEFF { extendLastCell(to: position) }
        case .lineBreak:
            break
        case .narrow, .wide:
            newCell(Unicode.Scalar(prepared.shaped[position]) ?? Self.replacement, width: role.width, position: position)
        case .replaced:
            newCell(Self.replacement, width: 1, position: position)
        case .tab:
            for _ in 0..<(prepared.widths.map { Int($0[position]) } ?? 1) { newCell(" ", width: 1, position: position) }
        case .mark:
            addMark(position, cluster: prepared.clusterOf[position])
        }
    }

    private mutating func addMark(_ position: Int, cluster: Int32) {
        let mark = Unicode.Scalar(prepared.shaped[position]) ?? Self.replacement
        let lastCluster = lastBase >= 0 ? prepared.clusterOf[lastBase] : -1
        if droppingMarks && lastCluster == cluster { return }
        if cells.isEmpty || (lastCluster != cluster && prepared.clusters.needsBase[Int(cluster)]) {
            newCell(Self.dottedCircle, width: 1, position: position)
            guard !droppingMarks else { return }
        }
        guard marksInCell < Self.maximumMarks else { return }
        marksInCell += 1
        cells[cells.count - 1].content.append(mark)
        extendLastCell(to: position)
    }

    private mutating func newCell(_ scalar: Unicode.Scalar, width cellWidth: Int, position: Int) {
        lastBase = position
        marksInCell = 0
        guard used + cellWidth <= width else {
            droppingMarks = true
            return
        }
        droppingMarks = false
        used += cellWidth
        let source = Int(prepared.text.source[position])
        let (style, link) = attributes(at: position)
        cells.append(LaidOutCell(scalar: scalar, width: cellWidth, style: style, link: link, sourceRange: source..<(source + 1)))
    }

    /// Emoji sequences are drawn whole, in logical order, once, whichever of their scalars the
    /// reordering visits first.
    private mutating func addAtomic(_ cluster: Int32, position: Int) {
        guard !emittedAtomic.contains(cluster) else { return }
        emittedAtomic.insert(cluster)
        lastBase = position
        marksInCell = Self.maximumMarks
        guard used + 2 <= width else { return }
        used += 2
        let range = Int(prepared.clusters.starts[Int(cluster)])..<Int(prepared.clusters.starts[Int(cluster) + 1])
        var text = ""
        var lower = Int.max
        var upper = Int.min
        for position in range where prepared.text.source[position] >= 0 {
            text.unicodeScalars.append(Unicode.Scalar(prepared.text.scalars[position]) ?? Self.replacement)
            lower = min(lower, Int(prepared.text.source[position]))
            upper = max(upper, Int(prepared.text.source[position]) + 1)
        }
        guard lower < upper else { return }
        let (style, link) = attributes(at: range.lowerBound)
        cells.append(LaidOutCell(text: text, width: 2, style: style, link: link, sourceRange: lower..<upper))
    }

    private mutating func extendLastCell(to position: Int) {
        guard !cells.isEmpty, !droppingMarks else { return }
        let source = Int(prepared.text.source[position])
        guard source >= 0 else { return }
        let range = cells[cells.count - 1].sourceRange
        cells[cells.count - 1].sourceRange = min(range.lowerBound, source)..<max(range.upperBound, source + 1)
    }

    private mutating func attributes(at position: Int) -> (LayoutStyle, Int?) {
        let run = Int(prepared.text.run[position])
        if run != cachedRun { cacheAttributes(ofRun: run) }
        return cachedAttributes
    }

    /// Style and link of run `run`; none for inserted controls (-1).
    private mutating func cacheAttributes(ofRun run: Int) {
        cachedRun = run
        if run >= 0, run < prepared.paragraph.runs.count {
            cachedAttributes = (prepared.paragraph.runs[run].style, prepared.paragraph.runs[run].link)
        } else {
            cachedAttributes = ([], nil)
        }
    }
}
