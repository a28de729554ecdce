import NewsModel
import TextLayout

/// An article block flattened for layout: a paragraph, rule or table, with what is drawn before
/// it on each line (quote bars, list bullets) and whether a blank line separates it from the
/// block above.
public struct RenderedBlock: Hashable, Sendable {
    public enum Content: Hashable, Sendable {
        case paragraph(StyledParagraph)
        case rule
        case table(NewsModel.Table)
    }

    public var content: Content
    /// Drawn before the first line: the quote bars and, in a list, the item's bullet or number.
    public var firstPrefix: [StyledRun]
    /// Drawn before every other line: the quote bars and the list indent.
    public var prefix: [StyledRun]
    public var spaceBefore: Bool

    public init(_ content: Content, firstPrefix: [StyledRun] = [], prefix: [StyledRun] = [], spaceBefore: Bool = false) {
        self.content = content
        self.firstPrefix = firstPrefix
        self.prefix = prefix
        self.spaceBefore = spaceBefore
    }
}
