import TerminalUI

/// Which key does what (DESIGN §5): plain data, so it can be shown in the help screen, loaded
/// from configuration and tested on its own.
public struct Keymap: Hashable, Sendable {
    /// Bindings used in the list and article panes.
    public var bindings: [Key: Command]
    /// Bindings in the search pane, where printable keys edit the query instead.
    public var searchBindings: [Key: Command]

    public init(bindings: [Key: Command], searchBindings: [Key: Command]) {
        self.bindings = bindings
        self.searchBindings = searchBindings
    }

    public func command(for key: Key, in pane: Pane) -> Command? {
        pane == .search ? searchBindings[key] : bindings[key]
    }

    /// Keys bound to `command` in the list and article panes, in a stable order for the help screen.
    public func keys(for command: Command) -> [Key] {
        bindings.filter { $0.value == command }.map(\.key).sorted {
            (Self.helpRank($0), $0.description) < (Self.helpRank($1), $1.description)
        }
    }

    /// Letters first, then arrows and named keys, then control chords: the order people learn them.
    private static func helpRank(_ key: Key) -> Int {
        switch key {
        case .enter, .tab, .escape: 0
        case .character: 1
        case .up, .down, .left, .right: 2
        case .control: 4
        default: 3
        }
    }

    public static let `default`: Keymap = {
        var map: [Key: Command] = [
            .character("j"): .moveDown, .down: .moveDown, .control("n"): .moveDown,
            .character("k"): .moveUp, .up: .moveUp, .control("p"): .moveUp,
            .character("g"): .top, .home: .top,
            .character("G"): .bottom, .end: .bottom,
            .character(" "): .pageDown, .pageDown: .pageDown, .control("f"): .pageDown,
            .character("-"): .pageUp, .pageUp: .pageUp, .control("b"): .pageUp,
            .enter: .open, .character("l"): .open, .right: .open,
            .character("h"): .back, .left: .back, .escape: .back,
            .character("q"): .backOrQuit,
            .character("Q"): .quit,
            .tab: .switchPane, .backTab: .switchPane,
            .character("/"): .search,
            .character("n"): .nextUnread, .character("N"): .previousUnread,
            .character("b"): .toggleBookmark, .character("B"): .showBookmarks,
            .character("u"): .toggleRead, .character("A"): .markAllRead,
            .character("r"): .refreshFeed, .character("R"): .refreshAll,
            .character("o"): .openLink, .character("y"): .copyLink,
            .character("?"): .help, .function(1): .help,
        ]
        let links: [Command] = [
            .followLink1, .followLink2, .followLink3, .followLink4, .followLink5, .followLink6, .followLink7,
            .followLink8, .followLink9,
        ]
        for (offset, command) in links.enumerated() {
            map[.character(Character(String(offset + 1)))] = command
        }
        let search: [Key: Command] = [
            .down: .moveDown, .control("n"): .moveDown, .up: .moveUp, .control("p"): .moveUp,
            .pageDown: .pageDown, .pageUp: .pageUp, .enter: .open, .escape: .back, .tab: .switchPane,
            .control("c"): .quit,
        ]
        return Keymap(bindings: map, searchBindings: search)
    }()
}
