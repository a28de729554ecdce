import Foundation

/// Channel- or feed-level values collected while parsing, finished into a `ParsedFeed`.
struct FeedDraft {
    var format: FeedFormat
    var version: String?
    var title: String?
    var titleKind = ItemDraft.TitleKind.guess
    var link: String?
    var description: String?
    var language: String?
    var updated: String?
    var updatedDate: Date?
    /// Feed-level author, inherited by entries without one (RFC 4287 §4.2.1).
    var authors: [String] = []
    var items: [ParsedItem] = []
    var warnings: [String] = []
    var droppedItems = 0

    init(format: FeedFormat, version: String?) {
        self.format = format
        self.version = version
    }

    mutating func add(_ draft: ItemDraft, limits: ParseLimits) {
        guard items.count < limits.maxItems else {
            droppedItems += 1
            return
        }
        var draft = draft
        if draft.authors.isEmpty { draft.authors = authors }
        items.append(draft.finish())
    }

    func finish() -> ParsedFeed {
        var warnings = warnings
        if droppedItems > 0 {
            warnings.append("\(droppedItems) items beyond the first \(items.count) dropped (maximum items per feed)")
        }
        let plainTitle: String? = title.map { titleKind == .text ? $0 : (titleKind == .html ? HTMLText.plainText($0) : HTMLText.decodeIfNeeded($0)) }
        let descriptionText = description.map { HTMLText.looksLikeHTML($0) ? HTMLText.plainText($0) : $0 }
        return ParsedFeed(
            format: format, version: version, title: TextCleanup.field(plainTitle), link: TextCleanup.field(link),
            description: TextCleanup.field(descriptionText), language: TextCleanup.field(language),
            updated: updatedDate ?? DateParser.parse(updated), items: items, warnings: warnings.map { TextCleanup.field($0) ?? "" })
    }
}
