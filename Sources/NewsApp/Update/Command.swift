/// What a key asks for, independent of which key it was (aesthetics.md §5.2 c).
public enum Command: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, top, bottom, pageDown, pageUp
    case open, back
    /// `q`: back, or quit from the top list.
    case backOrQuit
    /// `Q`: quit from anywhere.
    case quit
    case switchPane, search
    case nextUnread, previousUnread
    case toggleBookmark, showBookmarks, toggleRead, markAllRead
    case refreshFeed, refreshAll
    case openLink, copyLink
    case followLink1, followLink2, followLink3, followLink4, followLink5, followLink6, followLink7, followLink8, followLink9
    case help

    /// The link number of a `followLinkN` command.
    public var linkNumber: Int? {
        let name = rawValue
        guard name.hasPrefix("followLink"), let digit = name.last?.wholeNumberValue else { return nil }
        return digit
    }

    /// Short description for the help screen.
    public var summary: String {
        switch self {
        case .moveDown: "move down / scroll"
        case .moveUp: "move up / scroll"
        case .top: "go to the top"
        case .bottom: "go to the bottom"
        case .pageDown: "page down"
        case .pageUp: "page up"
        case .open: "open"
        case .back: "back"
        case .backOrQuit: "back, or quit at the top"
        case .quit: "quit"
        case .switchPane: "switch pane"
        case .search: "search"
        case .nextUnread: "next unread"
        case .previousUnread: "previous unread"
        case .toggleBookmark: "bookmark / unbookmark"
        case .showBookmarks: "show bookmarks"
        case .toggleRead: "mark read / unread"
        case .markAllRead: "mark the list read"
        case .refreshFeed: "refresh this feed"
        case .refreshAll: "refresh all feeds"
        case .openLink: "open the link in $BROWSER"
        case .copyLink: "copy the link (OSC 52)"
        case .help: "show or hide this help"
        default: "follow link \(linkNumber ?? 0)"
        }
    }
}
