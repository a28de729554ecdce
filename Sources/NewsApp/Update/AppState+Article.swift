import Foundation
import NewsModel

extension AppState {
    /// Commands in the article pane.
    mutating func articleCommand(_ command: Command) -> [Effect] {
        guard var view = article else {
            focus = articleOpenedFrom
            return []
        }
        let visible = articleVisibleRows
        switch command {
        case .moveDown: view.scroll(by: 1, visible: visible)
        case .moveUp: view.scroll(by: -1, visible: visible)
        case .top: view.scroll = 0
        case .bottom: view.scroll(by: view.lines.count, visible: visible)
        case .pageDown: view.scroll(by: max(1, visible - 1), visible: visible)
        case .pageUp: view.scroll(by: -max(1, visible - 1), visible: visible)
        case .back, .backOrQuit, .switchPane:
            focus = articleOpenedFrom == .search && search != nil ? .search : .list
        case .nextUnread, .previousUnread:
            return openNeighbourUnread(forward: command == .nextUnread)
        case .toggleRead:
            return setRead(view.summary, !view.summary.isRead)
        case .toggleBookmark:
            return setBookmarked(view.summary, !view.summary.isBookmarked)
        case .markAllRead:
            guard let source = articleList?.source else { return [] }
            return markAllRead(in: source)
        case .openLink:
            guard let link = view.summary.link, !link.isEmpty else {
                return showLinks("This article has no link of its own")
            }
            guard settings.hasBrowser else {
                return showLinks("No $BROWSER set: \(link) (y copies it)")
            }
            return [.openLink(link)]
        case .copyLink:
            guard let link = view.summary.link, !link.isEmpty else {
                status = StatusMessage("This article has no link to copy")
                return []
            }
            return [.copyLink(link)]
        default:
            if let number = command.linkNumber {
                guard view.links.indices.contains(number - 1) else {
                    status = StatusMessage("There is no link [\(number)] in this article")
                    return []
                }
                guard settings.hasBrowser else {
                    status = StatusMessage("[\(number)] \(view.links[number - 1]) (no $BROWSER set)")
                    return []
                }
                return [.openLink(view.links[number - 1])]
            }
        }
        article = view
        return []
    }

    /// Opens the next (or previous) unread article of the list the article came from.
    mutating func openNeighbourUnread(forward: Bool) -> [Effect] {
        guard var list = articleList, let current = article,
            let here = list.items.firstIndex(where: { $0.id == current.id }) ?? Optional(list.cursor.selected),
            let index = unreadIndex(in: list.items, from: here, forward: forward)
        else {
            if forward, let list = articleList, !list.isComplete { return seekUnreadInNextPages(then: .open) }
            status = StatusMessage("No more unread articles in this list")
            return []
        }
        list.cursor.select(index, count: list.items.count, visible: listVisibleRows)
        articleList = list
        return openArticle(list.items[index], from: articleOpenedFrom) + loadMoreIfNeeded()
    }

    /// Scrolls to the numbered links at the end of the article and says why.
    mutating func showLinks(_ reason: String) -> [Effect] {
        guard var view = article else { return [] }
        if let index = view.lines.lastIndex(where: { $0.text.trimmingCharacters(in: .whitespaces) == ArticleLayout.linksHeading }) {
            view.scroll = index
            view.scroll(by: 0, visible: articleVisibleRows)
            article = view
            status = StatusMessage(reason)
        } else {
            status = StatusMessage(reason)
        }
        return []
    }

    /// Lays the open article out again for the current width (after loading or a resize).
    mutating func layOutArticle() {
        guard var view = article, let document = view.document else { return }
        let width = articleTextWidth
        if view.layoutWidth != width || view.lines.isEmpty {
            let oldCount = max(1, view.lines.count)
            let fraction = Double(view.scroll) / Double(oldCount)
            view.lines = ArticleLayout.lines(
                summary: view.summary, document: document, width: width, settings: settings)
            view.layoutWidth = width
            view.scroll = Int(fraction * Double(view.lines.count))
        }
        view.scroll(by: 0, visible: articleVisibleRows)
        article = view
    }
}
