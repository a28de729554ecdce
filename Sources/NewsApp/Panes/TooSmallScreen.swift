import TerminalUI

/// What a terminal under 40×12 shows instead of a squashed reader.
struct TooSmallScreen: Widget {
    var size: Size
    var theme: Theme

    func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        let minimum = ScreenLayout.minimumSize
        let lines = [
            "Terminal too small",
            "\(size.width)×\(size.height), need \(minimum.width)×\(minimum.height)",
            "Q quits",
        ]
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < area.maxY {
            let x = area.x + max(0, (area.width - line.count) / 2)
            buffer.write(line, at: Point(x: x, y: top + index), width: area.maxX - x,
                         style: index == 0 ? theme.error : theme.hint)
        }
    }
}
