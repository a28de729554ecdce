/// Greedy line breaking in logical order by terminal columns (DESIGN §7 step 4).
///
/// Opportunities follow a subset of UAX #14: after spaces, after hyphens and dashes, around
/// ideographs, never before closing punctuation nor after opening punctuation. A word longer
/// than the line is broken between clusters. Spaces at a break hang: they are neither counted
/// nor drawn (UAX #9 L1 would give them the paragraph level at the line end anyway).
///
/// Widths come from prefix sums, so a line's overflow point is found by binary search and only
/// the clusters before it back to the last break opportunity are examined (`wrapBySearching`):
/// a resize does not walk every cluster of the article. `wrapByScanning`, the same greedy rule
/// visiting each cluster in order, is the reference the tests compare it with.
struct LineBreaker {
    /// A line: the clusters it draws; trailing spaces are already excluded.
    typealias Line = Range<Int>

    let clusters: ClusterTable
    /// Use the cluster-by-cluster reference loop (tests only).
    var scansEveryCluster = false

    func lines(width: Int, preformatted: Bool) -> [Line] {
        var lines: [Line] = []
        lines.reserveCapacity(clusters.offsets[clusters.count] / max(width, 1) + 2)
        var segmentStart = 0
        for index in 0...clusters.count where index == clusters.count || clusters.classes[index] == .mandatory {
            let segment = segmentStart..<index
            if preformatted {
                lines.append(cut(segment, width: width))
            } else {
                wrap(segment, width: width, into: &lines)
            }
            segmentStart = index + 1
        }
        return lines
    }

    /// Preformatted text is cut at the width, never wrapped.
    private func cut(_ segment: Range<Int>, width: Int) -> Line {
        var end = segment.lowerBound
        while end < segment.upperBound, clusters.width(of: segment.lowerBound..<(end + 1)) <= width { end += 1 }
        return segment.lowerBound..<end
    }

    private func wrap(_ segment: Range<Int>, width: Int, into lines: inout [Line]) {
        clusters.classes.withUnsafeBufferPointer { classes in
            clusters.offsets.withUnsafeBufferPointer { offsets in
                if scansEveryCluster {
                    wrapByScanning(segment, width: width, classes: classes, offsets: offsets, into: &lines)
                } else {
                    wrapBySearching(segment, width: width, classes: classes, offsets: offsets, into: &lines)
                }
            }
        }
    }

    /// The greedy rule, line by line: the first cluster that neither is transparent nor a space
    /// and ends past the width overflows; the line ends at the last break opportunity up to and
    /// including the one before that cluster, else before it, else after it (a cluster wider than
    /// the line). Exactly what `wrapByScanning` computes, without visiting the clusters that
    /// cannot matter.
    private func wrapBySearching(
        _ segment: Range<Int>, width: Int, classes: UnsafeBufferPointer<BreakClass>, offsets: UnsafeBufferPointer<Int>,
        into lines: inout [Line]
    ) {
        var lineStart = segment.lowerBound
        while true {
            // First cluster ending past the width (offsets never decrease).
            let limit = offsets[lineStart] + width
            var low = lineStart
            var high = segment.upperBound
            while low < high {
                let middle = (low + high) / 2
                if offsets[middle + 1] > limit { high = middle } else { low = middle + 1 }
            }
            var overflow = low
            while overflow < segment.upperBound, classes[overflow] == .transparent || classes[overflow] == .space { overflow += 1 }
            guard overflow < segment.upperBound else {
                if lineStart < segment.upperBound || lineStart == segment.lowerBound {
                    lines.append(trimmed(lineStart..<segment.upperBound))
                }
                return
            }
            let end: Int
            if let lastBreak = lastBreak(from: lineStart, through: overflow, classes: classes) {
                end = lastBreak
            } else if overflow > lineStart {
                end = overflow
            } else {
                end = overflow + 1  // a single cluster wider than the line
            }
            lines.append(trimmed(lineStart..<end))
            lineStart = skipSpaces(from: end, to: segment.upperBound)
        }
    }

    /// The end of the last break opportunity between consecutive non-transparent clusters of
    /// `start...last` (`last` non-transparent), searched backwards; nil when there is none.
    private func lastBreak(from start: Int, through last: Int, classes: UnsafeBufferPointer<BreakClass>) -> Int? {
        func previousVisible(before index: Int) -> Int? {
            var candidate = index - 1
            while candidate >= start {
                if classes[candidate] != .transparent { return candidate }
                candidate -= 1
            }
            return nil
        }
        var after = last
        guard var before = previousVisible(before: after) else { return nil }
        while true {
            let earlier = previousVisible(before: before)
            let beforeHyphen = earlier.map { classes[$0] } ?? .transparent
            if BreakClass.allowsBreak(between: classes[before], classes[after], beforeHyphen: beforeHyphen) { return before + 1 }
            guard let earlier else { return nil }
            after = before
            before = earlier
        }
    }

    /// The greedy loop over every cluster in order: the reference for `wrapBySearching`.
    private func wrapByScanning(
        _ segment: Range<Int>, width: Int, classes: UnsafeBufferPointer<BreakClass>, offsets: UnsafeBufferPointer<Int>,
        into lines: inout [Line]
    ) {
        var lineStart = segment.lowerBound
        var index = lineStart
        var lastBreak: Int?
        var previous = BreakClass.transparent
        var beforePrevious = BreakClass.transparent
        var previousEnd = lineStart  // one past the last non-transparent cluster
        while index < segment.upperBound {
            let current = classes[index]
            if current == .transparent {
                index += 1
                continue
            }
            if previousEnd > lineStart, BreakClass.allowsBreak(between: previous, current, beforeHyphen: beforePrevious) {
                lastBreak = previousEnd
            }
            if current != .space, offsets[index + 1] - offsets[lineStart] > width {
                let end: Int
                if let lastBreak, lastBreak > lineStart {
                    end = lastBreak
                } else if index > lineStart {
                    end = index
                } else {
                    end = index + 1  // a single cluster wider than the line
                }
                lines.append(trimmed(lineStart..<end))
                lineStart = skipSpaces(from: end, to: segment.upperBound)
                index = lineStart
                lastBreak = nil
                previous = .transparent
                beforePrevious = .transparent
                previousEnd = lineStart
                continue
            }
            beforePrevious = previous
            previous = current
            index += 1
            previousEnd = index
        }
        if lineStart < segment.upperBound || lineStart == segment.lowerBound {
            lines.append(trimmed(lineStart..<segment.upperBound))
        }
    }

    private func skipSpaces(from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, clusters.classes[index] == .space { index += 1 }
        return index
    }

    /// Drops hanging spaces (and the invisible controls among them) at the end of a line.
    private func trimmed(_ line: Line) -> Line {
        var end = line.upperBound
        while end > line.lowerBound, clusters.classes[end - 1] == .space || clusters.classes[end - 1] == .transparent { end -= 1 }
        return line.lowerBound..<end
    }
}
