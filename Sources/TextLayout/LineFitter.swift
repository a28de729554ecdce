/// Single-line fields (titles, feed names, list columns): cut to the width in logical order with
/// an ellipsis, then laid out as their own paragraph (DESIGN §7: every UI field is its own paragraph).
///
/// Cutting before reordering keeps the beginning of the text, whatever its direction; the
/// ellipsis is logical too, so in a right-to-left title it lands at the left end, where the
/// text continues.
enum LineFitter {
    static let ellipsis = "\u{2026}"

    static func fit(_ paragraph: StyledParagraph, width: Int, options: LayoutOptions) -> VisualLine {
        guard width > 0 else { return VisualLine(cells: []) }
        var single = paragraph
        single.isPreformatted = false
        single.runs = paragraph.runs.map { run in
            var run = run
            run.text = run.text.replacing("\n", with: " ").replacing("\t", with: " ")
            return run
        }
        let prepared = PreparedParagraph(single, options: options)
        let all = 0..<prepared.clusters.count
        if prepared.naturalWidth <= width { return prepared.visualLine(clusters: all, width: width) }
        // Keep the resolved direction so that cutting cannot flip the field.
        let direction: ParagraphDirection = prepared.isRightToLeft ? .rightToLeft : .leftToRight
        var budget = width - 1
        while budget >= 0 {
            let cut = cutParagraph(single, prepared: prepared, columns: budget, direction: direction)
            let shortened = PreparedParagraph(cut, options: options)
            // Shaping can change at the cut (a lam-alef ligature losing its alef): measure again.
            if shortened.naturalWidth <= width {
                return shortened.visualLine(clusters: 0..<shortened.clusters.count, width: width)
            }
            budget -= 1
        }
        return VisualLine(cells: [])
    }

    /// The paragraph's runs up to `columns` columns of clusters, trailing spaces dropped, followed
    /// by an ellipsis in the style of the last character kept.
    private static func cutParagraph(
        _ paragraph: StyledParagraph, prepared: PreparedParagraph, columns: Int, direction: ParagraphDirection
    ) -> StyledParagraph {
        let clusters = prepared.clusters
        var end = 0
        while end < clusters.count, clusters.width(of: 0..<(end + 1)) <= columns { end += 1 }
        while end > 0, clusters.classes[end - 1] == .space || clusters.classes[end - 1] == .transparent { end -= 1 }
        // Source scalars kept: everything before the first position of cluster `end`.
        var keepScalars = 0
        for position in 0..<Int(clusters.starts[end]) where prepared.text.source[position] >= 0 {
            keepScalars = Int(prepared.text.source[position]) + 1
        }
        var runs: [StyledRun] = []
        var remaining = keepScalars
        for run in paragraph.runs where remaining > 0 {
            let scalars = run.text.unicodeScalars
            let take = min(remaining, scalars.count)
            var kept = run
            kept.text = String(String.UnicodeScalarView(scalars.prefix(take)))
            runs.append(kept)
            remaining -= take
        }
        var ellipsis = StyledRun(ellipsis, style: runs.last?.style ?? [], link: runs.last?.link)
        ellipsis.isolate = nil
        runs.append(ellipsis)
        return StyledParagraph(runs, direction: direction)
    }
}
