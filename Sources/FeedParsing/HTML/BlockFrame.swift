import NewsModel

/// The style, link and isolate that apply to text at one point of the HTML tree.
struct InlineState {
    var style: InlineStyle = []
    var link: Int?
    var isolate: DirectionHint?
}

/// Blocks under construction for one container, and the paragraph being filled with inline
/// text, applying HTML's white-space rules (CSS Text §4.1.1 for `white-space: normal`):
/// runs of space, tab and newline collapse to one space, none at a paragraph's start or end.
struct BlockFrame {
    var blocks: [Block] = []
    var inlines: [Inline] = []
    var direction: DirectionHint?
    var language: String?
    /// Set for headings, table cells and terms: nested blocks add a space instead of a block.
    var inlineOnly = false
    private var pendingSpace = false
    private var atLineStart = true

    init(direction: DirectionHint? = nil, language: String? = nil, inlineOnly: Bool = false) {
        self.direction = direction
        self.language = language
        self.inlineOnly = inlineOnly
    }

    /// A frame for a nested container, inheriting direction and language.
    func child(inlineOnly: Bool = false) -> BlockFrame {
        BlockFrame(direction: direction, language: language, inlineOnly: inlineOnly || self.inlineOnly)
    }

    mutating func appendText(_ text: String, state: InlineState) {
        var text = text
        // Most text nodes are words separated by single spaces, with white space at most at
        // their ends: their collapsed form is a slice of the node's text, built without copies.
        let slice = text.withUTF8 { bytes -> (start: Int, end: Int)? in
            var start = 0
            while start < bytes.count, Self.isCollapsible(bytes[start]) { start += 1 }
            var end = bytes.count
            while end > start, Self.isCollapsible(bytes[end - 1]) { end -= 1 }
            var previousWasSpace = false
            var index = start
            let raw = UnsafeRawBufferPointer(bytes)
            while index < end {
                // Eight bytes at a time while none is a space or a control (runs of CJK, Arabic, long words).
                if index + 8 <= end, !Self.hasSpaceOrControl(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    previousWasSpace = false
                    index += 8
                    continue
                }
                let byte = bytes[index]
                index += 1
                if byte > 0x20 {
                    previousWasSpace = false
                } else if byte == 0x20 {
                    if previousWasSpace { return nil }
                    previousWasSpace = true
                } else if Self.isCollapsible(byte) {
                    return nil
                } else {
                    previousWasSpace = false
                }
            }
            return (start, end)
        }
        if let (start, end) = slice {
            let count = text.utf8.count
            if start > 0, !atLineStart { pendingSpace = true }
            guard start < end else { return }
            var leadingSpace = false
            if pendingSpace {
                leadingSpace = !flushPendingSpace(before: state)
                pendingSpace = false
            }
            atLineStart = false
            if end < count { pendingSpace = true }
            let utf8 = text.utf8
            let run = text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
            append(run, leadingSpace: leadingSpace, state: state)
            return
        }
        appendCollapsing(text, state: state)
    }

    /// `appendText(_:state:)` byte by byte, for any text: the rule the shortcut above must match.
    mutating func appendCollapsing(_ text: String, state: InlineState) {
        var text = text
        let run = text.withUTF8 { bytes -> String? in
            var output = [UInt8]()
            output.reserveCapacity(bytes.count)
            for byte in bytes {
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                    if !atLineStart { pendingSpace = true }
                default:
                    if pendingSpace {
                        if !output.isEmpty || !flushPendingSpace(before: state) { output.append(0x20) }
                        pendingSpace = false
                    }
                    output.append(byte)
                    atLineStart = false
                }
            }
            return output.isEmpty ? nil : String(decoding: output, as: UTF8.self)
        }
        if let run { append(run, state: state) }
    }

    /// Puts a space between two runs where it does not stretch a link or an isolate: into
    /// the run before when that is plain, else returns false so the next run starts with it,
    /// else into a plain run of its own. Returns true when the space was placed.
    private mutating func flushPendingSpace(before next: InlineState) -> Bool {
        guard let last = inlines.last else { return true }
        if last.link == nil && last.isolate == nil {
            inlines[inlines.count - 1].text += " "
            return true
        }
        if next.link == nil && next.isolate == nil { return false }
        inlines.append(Inline(" ", style: last.style.intersection(next.style)))
        return true
    }

    /// Text that is not subject to white-space collapsing (an image's alt text, quote marks).
    mutating func appendLiteral(_ text: String, state: InlineState) {
        guard !text.isEmpty else { return }
        var text = text
        if pendingSpace {
            if !flushPendingSpace(before: state) { text = " " + text }
            pendingSpace = false
        }
        append(text, state: state)
        atLineStart = false
    }

    /// `<br>`: a line break inside the paragraph.
    mutating func appendLineBreak(state: InlineState) {
        guard !inlines.isEmpty else { return }
        pendingSpace = false
        append("\n", state: InlineState(style: state.style, link: nil, isolate: state.isolate))
        atLineStart = true
    }

    /// A block boundary met while only inline content is wanted.
    mutating func softBreak() {
        if !inlines.isEmpty { pendingSpace = true }
    }

    /// Ends the current paragraph, if it has any text.
    mutating func flushParagraph() {
        if let block = takeTextBlock() { blocks.append(.paragraph(block)) }
    }

    /// The inline content so far as one text block, leaving the frame empty.
    mutating func takeTextBlock() -> TextBlock? {
        while let last = inlines.last, last.text == "\n" { inlines.removeLast() }
        defer {
            inlines = []
            pendingSpace = false
            atLineStart = true
        }
        guard !inlines.isEmpty else { return nil }
        return TextBlock(inlines, direction: direction, language: language)
    }

    /// The white space that HTML collapses (CSS Text §4.1.1): space, tab, LF, CR, FF.
    @inline(__always)
    private static func isCollapsible(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// Whether one of the eight bytes is 0x20 or below (space, tab, line break, other controls).
    @inline(__always)
    private static func hasSpaceOrControl(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        // A byte below 0x21 borrows into its high bit; bytes of 0x80 and above are excluded by `~word`.
        return (word &- ones &* 0x21) & ~word & (ones &* 0x80) != 0
    }

    /// `append(_:state:)` for a slice of a text node, after one space when `leadingSpace`.
    private mutating func append(_ text: Substring, leadingSpace: Bool, state: InlineState) {
        if let last = inlines.last, last.style == state.style, last.link == state.link, last.isolate == state.isolate {
            if leadingSpace { inlines[inlines.count - 1].text.append(" ") }
            inlines[inlines.count - 1].text.append(contentsOf: text)
        } else {
            var run = leadingSpace ? " " : ""
            run.append(contentsOf: text)
            inlines.append(Inline(run, style: state.style, link: state.link, isolate: state.isolate))
        }
    }

    private mutating func append(_ text: String, state: InlineState) {
        if let last = inlines.last, last.style == state.style, last.link == state.link, last.isolate == state.isolate {
            inlines[inlines.count - 1].text += text
        } else {
            inlines.append(Inline(text, style: state.style, link: state.link, isolate: state.isolate))
        }
    }
}
