/// Greedy line breaking in logical order by terminal columns (DESIGN §7 step 4).
///
/// Opportunities follow a subset of UAX #14: after spaces, after hyphens and dashes, around
/// ideographs, never before closing punctuation nor after opening punctuation. A word longer
/// than the line is broken between clusters. Spaces at a break hang: they are neither counted
/// nor drawn (UAX #9 L1 would give them the paragraph level at the line end anyway).
///
/// Linear in the number of clusters: widths come from prefix sums, and after a break the scan
/// resumes at the new line start, so each cluster is visited at most twice.
struct LineBreaker {
    /// A line: the clusters it draws; trailing spaces are already excluded.
    typealias Line = Range<Int>

    let clusters: ClusterTable

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
                wrap(segment, width: width, classes: classes, offsets: offsets, into: &lines)
            }
        }
    }

    /// The greedy loop over the table's buffers (it visits every cluster of the article).
    private func wrap(
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
