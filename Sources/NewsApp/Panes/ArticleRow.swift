import NewsModel
import TerminalUI
import TextLayout

/// One article in a list: `● 05-24  Title …  Feed`. Shared by the article list and search results.
struct ArticleRow: Widget {
    var item: ArticleSummary
    var showsFeed: Bool
    var state: AppState
    /// Made once per pane, not once per row.
    var dates: DateText
    var theme: Theme

    func render(into buffer: inout Buffer, area: Rect) {
        guard !area.isEmpty else { return }
        var x = area.x
        let marker = item.isBookmarked ? "★" : (item.isRead ? " " : "●")
        buffer.write(marker, at: Point(x: x, y: area.y), width: 1, style: item.isBookmarked ? theme.bookmark : theme.unread)
        x += 2
        // The date column is kept even for undated items (local files) so titles line up.
        if area.maxX - x > 20 {
            if let published = item.published {
                let date = dates.short(published, now: state.now)
                buffer.write(date, at: Point(x: x, y: area.y), width: 5, style: theme.meta)
            }
            x += 7
        }
        var feedWidth = 0
        if showsFeed, area.width >= 70 {
            feedWidth = min(22, area.width / 4)
        }
        let titleWidth = max(0, area.maxX - x - (feedWidth > 0 ? feedWidth + 2 : 0))
        let options = state.settings.layoutOptions(width: titleWidth)
        let title = TextLayoutEngine.fitLine(
            StyledParagraph(plain: item.title.isEmpty ? "(untitled)" : item.title), width: titleWidth, options: options)
        buffer.draw(title, at: Point(x: x, y: area.y), width: titleWidth, honoringIndent: false) { _ in
            item.isRead ? .plain : theme.unread
        }
        if feedWidth > 0 {
            let feed = TextLayoutEngine.fitLine(StyledParagraph(plain: item.feedTitle), width: feedWidth, options: options)
            buffer.draw(feed, at: Point(x: area.maxX - feedWidth, y: area.y), width: feedWidth, honoringIndent: false) { _ in
                theme.meta
            }
        }
    }
}
