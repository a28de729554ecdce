/// Paragraph (or isolate) direction: forced, or decided by the first strong character (UAX #9 P2/P3).
public enum ParagraphDirection: String, Hashable, Sendable, CaseIterable {
    case auto
    case leftToRight = "ltr"
    case rightToLeft = "rtl"
}

/// Who reorders right-to-left text: sahifa (visual order, shaped) or a terminal that does BiDi itself
/// (logical order, unshaped).
public enum BidiMode: String, Hashable, Sendable, CaseIterable {
    case application = "app"
    case terminal
}

/// Text attributes that travel with characters through wrapping and reordering.
public struct LayoutStyle: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let bold = LayoutStyle(rawValue: 1 << 0)
    public static let italic = LayoutStyle(rawValue: 1 << 1)
    public static let underline = LayoutStyle(rawValue: 1 << 2)
    public static let strikethrough = LayoutStyle(rawValue: 1 << 3)
    public static let code = LayoutStyle(rawValue: 1 << 4)
    public static let link = LayoutStyle(rawValue: 1 << 5)
    public static let highlight = LayoutStyle(rawValue: 1 << 6)
    public static let dim = LayoutStyle(rawValue: 1 << 7)
    public static let heading = LayoutStyle(rawValue: 1 << 8)
    public static let quote = LayoutStyle(rawValue: 1 << 9)
}

/// A run of logical-order text with one style.
public struct StyledRun: Hashable, Sendable {
    public var text: String
    public var style: LayoutStyle
    /// Number of the link this run belongs to (1-based), shown as `[n]` by the caller.
    public var link: Int?
    /// Isolate the run (RLI/LRI/FSI … PDI) so it keeps its own direction inside the paragraph.
    public var isolate: ParagraphDirection?

    public init(_ text: String, style: LayoutStyle = [], link: Int? = nil, isolate: ParagraphDirection? = nil) {
        self.text = text
        self.style = style
        self.link = link
        self.isolate = isolate
    }
}

/// One UAX #9 paragraph: the unit whose direction is resolved once and which is wrapped into lines.
public struct StyledParagraph: Hashable, Sendable {
    public var runs: [StyledRun]
    public var direction: ParagraphDirection
    /// Preformatted text keeps its spaces and is cut, not wrapped.
    public var isPreformatted: Bool

    public init(_ runs: [StyledRun], direction: ParagraphDirection = .auto, isPreformatted: Bool = false) {
        self.runs = runs
        self.direction = direction
        self.isPreformatted = isPreformatted
    }

    public init(plain text: String, style: LayoutStyle = [], direction: ParagraphDirection = .auto) {
        self.init([StyledRun(text, style: style)], direction: direction)
    }

    public var text: String { runs.map(\.text).joined() }
}

public struct LayoutOptions: Hashable, Sendable {
    /// Columns available; lines never exceed it.
    public var width: Int
    /// Overrides every paragraph's own direction when set (`--direction`).
    public var directionOverride: ParagraphDirection?
    /// Map Arabic letters to presentation forms for terminals that do not shape.
    public var shapesArabic: Bool
    public var bidi: BidiMode

    public init(width: Int, directionOverride: ParagraphDirection? = nil, shapesArabic: Bool = true, bidi: BidiMode = .application) {
        self.width = width
        self.directionOverride = directionOverride
        self.shapesArabic = shapesArabic
        self.bidi = bidi
    }
}

/// One terminal cell's worth of output: a grapheme cluster in visual form.
///
/// Most cells hold a single code point; those keep it as a scalar and build their String only
/// when `text` is read, so laying out a long article does not pay for strings of lines that are
/// never drawn. Equality and hashing are by `text`, whatever the storage.
public struct LaidOutCell: Hashable, Sendable {
    /// Base character followed by its combining marks (at most four), already shaped and mirrored.
    public var text: String {
        get { content.text }
        set { content = .string(newValue) }
    }
    /// Terminal columns: 1, or 2 for wide characters.
    public var width: Int
    public var style: LayoutStyle
    public var link: Int?
    /// Logical position in the paragraph's text, in Unicode scalars.
    public var sourceRange: Range<Int>
    var content: CellContent

    public init(text: String, width: Int, style: LayoutStyle = [], link: Int? = nil, sourceRange: Range<Int>) {
        self.content = .string(text)
        self.width = width
        self.style = style
        self.link = link
        self.sourceRange = sourceRange
    }

    /// A cell of one code point, its String made on demand.
    init(scalar: Unicode.Scalar, width: Int, style: LayoutStyle, link: Int?, sourceRange: Range<Int>) {
        self.content = .scalar(scalar)
        self.width = width
        self.style = style
        self.link = link
        self.sourceRange = sourceRange
    }

    public static func == (lhs: LaidOutCell, rhs: LaidOutCell) -> Bool {
        lhs.width == rhs.width && lhs.style == rhs.style && lhs.link == rhs.link && lhs.sourceRange == rhs.sourceRange
            && lhs.content == rhs.content
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(width)
        hasher.combine(style)
        hasher.combine(link)
        hasher.combine(sourceRange)
    }
}

/// A line ready to draw left to right.
public struct VisualLine: Hashable, Sendable {
    /// Blank columns before the first cell (right alignment of right-to-left paragraphs).
    public var indent: Int
    public var cells: [LaidOutCell]
    public var isRightToLeft: Bool

    public init(indent: Int = 0, cells: [LaidOutCell], isRightToLeft: Bool = false) {
        self.indent = indent
        self.cells = cells
        self.isRightToLeft = isRightToLeft
    }

    /// Columns the line occupies, indent included.
    public var width: Int { indent + cells.reduce(0) { $0 + $1.width } }

    /// The line as text, indent included: what a terminal shows.
    public var text: String { String(repeating: " ", count: indent) + cells.map(\.text).joined() }
}
