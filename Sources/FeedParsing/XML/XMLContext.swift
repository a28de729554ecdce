import Foundation

/// What applies at an element: its `xml:base` (XML Base §4.2, nested and relative bases
/// resolved against their parent) and `xml:lang` (XML 1.0 §2.12), inherited from ancestors.
struct XMLContext {
    var base: URL?
    var language: String?
    /// Nesting depth, the root element being 1.
    var depth: Int
}
