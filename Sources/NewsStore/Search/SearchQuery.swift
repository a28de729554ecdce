import Foundation

/// A parsed search (DESIGN §6): full-text terms plus SQL filters. Built only by
/// `SearchQueryParser`; rendered to FTS5 by `FTS5Expression`.
struct SearchQuery: Equatable {
    /// One word, `"phrase"` or `prefix*` as the user typed it (unescaped).
    struct Term: Equatable {
        var text: String
        var isPrefix: Bool = false
    }

    /// Terms that must all match; each inner array is a group of alternatives joined by `OR`.
    var required: [[Term]] = []
    /// Terms no result may contain (`-word`).
    var excluded: [Term] = []
    /// `feed:NAME` values; an article matches when its feed matches any of them.
    var feeds: [String] = []
    /// `tag:T` values; an article matches when its feed has any of them.
    var tags: [String] = []
    /// `is:unread` (false) or `is:read` (true).
    var isRead: Bool?
    /// `is:bookmarked`.
    var bookmarkedOnly = false
    /// `after:YYYY-MM-DD`: dated on or after the start of that day, UTC.
    var after: Date?
    /// `before:YYYY-MM-DD`: dated before the start of that day, UTC.
    var before: Date?

    var hasTextTerms: Bool { !required.isEmpty }
}
