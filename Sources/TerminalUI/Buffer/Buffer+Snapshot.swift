extension Buffer {
    /// Each row as the text a terminal would show; continuation cells add nothing, so a row's
    /// display width is the buffer's width.
    public func textLines() -> [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width { line += self[x, y].text }
            return line
        }
    }

    /// Runs of equal style that are not plain, row by row (ratatui's debug format): text and style
    /// are asserted separately, with no escape codes.
    public func styleRuns() -> [StyleRun] {
        var runs: [StyleRun] = []
        for y in 0..<size.height {
            var start = 0
            while start < size.width {
                let style = self[start, y].style
                var end = start + 1
                while end < size.width, self[end, y].style == style { end += 1 }
                if style != .plain { runs.append(StyleRun(row: y, columns: start..<end, style: style)) }
                start = end
            }
        }
        return runs
    }
}
