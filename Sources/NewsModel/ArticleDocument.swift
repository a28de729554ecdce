/// An article body as structured, width-independent data: what HTML, Markdown and plain text
/// all become, and what the layout engine turns into lines for any width.
public struct ArticleDocument: Hashable, Sendable {
    public var blocks: [Block]
    /// Link targets in order of first appearance; `Inline.link` refers to them by 1-based number.
    public var links: [String]

    public init(blocks: [Block] = [], links: [String] = []) {
        self.blocks = blocks
        self.links = links
    }
}

/// Writing direction requested by markup (`dir`, `<bdi>`, `<bdo>`, a right-to-left `lang`).
public enum DirectionHint: String, Hashable, Sendable, Codable {
    case leftToRight = "ltr"
    case rightToLeft = "rtl"
    /// Direction of the first strong character (`dir="auto"`, `<bdi>`).
    case auto
}

/// A block of text with the direction and language it declares.
public struct TextBlock: Hashable, Sendable {
    public var inlines: [Inline]
    public var direction: DirectionHint?
    public var language: String?

    public init(_ inlines: [Inline] = [], direction: DirectionHint? = nil, language: String? = nil) {
        self.inlines = inlines
        self.direction = direction
        self.language = language
    }

    /// The block's characters with markup removed.
    public var plainText: String { inlines.map(\.text).joined() }
}

/// A run of text sharing one style, link and direction isolate.
public struct Inline: Hashable, Sendable {
    public var text: String
    public var style: InlineStyle
    /// 1-based index into `ArticleDocument.links`.
    public var link: Int?
    /// A run that markup isolates (`<bdi>`, `dir` on an inline element, a right-to-left `lang`).
    public var isolate: DirectionHint?

    public init(_ text: String, style: InlineStyle = [], link: Int? = nil, isolate: DirectionHint? = nil) {
        self.text = text
        self.style = style
        self.link = link
        self.isolate = isolate
    }
}

/// Inline emphasis kinds; several may apply at once.
public struct InlineStyle: OptionSet, Hashable, Sendable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    public static let bold = InlineStyle(rawValue: 1 << 0)
    public static let italic = InlineStyle(rawValue: 1 << 1)
    public static let underline = InlineStyle(rawValue: 1 << 2)
    public static let strikethrough = InlineStyle(rawValue: 1 << 3)
    public static let code = InlineStyle(rawValue: 1 << 4)
    public static let superscript = InlineStyle(rawValue: 1 << 5)
    public static let `subscript` = InlineStyle(rawValue: 1 << 6)
    public static let quote = InlineStyle(rawValue: 1 << 7)
    public static let abbreviation = InlineStyle(rawValue: 1 << 8)
}

/// One block of an article body. Lists, quotes and table cells nest blocks.
public indirect enum Block: Hashable, Sendable {
    case paragraph(TextBlock)
    /// `level` 1–6.
    case heading(level: Int, TextBlock)
    case blockquote([Block])
    /// `start` is the number of the first item of an ordered list.
    case list(ordered: Bool, start: Int, items: [[Block]])
    case definitionList([DefinitionItem])
    /// Whitespace kept exactly; never wrapped.
    case preformatted(String)
    case table(Table)
    case figure(content: [Block], caption: TextBlock?)
    case horizontalRule
}

public struct DefinitionItem: Hashable, Sendable {
    public var term: TextBlock
    public var definitions: [[Block]]
    public init(term: TextBlock, definitions: [[Block]]) {
        self.term = term
        self.definitions = definitions
    }
}

public struct Table: Hashable, Sendable {
    public var caption: TextBlock?
    /// Rows of cells; header cells are marked so layout can emphasise them.
    public var rows: [[TableCell]]
    public init(caption: TextBlock? = nil, rows: [[TableCell]]) {
        self.caption = caption
        self.rows = rows
    }
}

public struct TableCell: Hashable, Sendable {
    public var content: TextBlock
    public var isHeader: Bool
    public init(_ content: TextBlock, isHeader: Bool = false) {
        self.content = content
        self.isHeader = isHeader
    }
}
