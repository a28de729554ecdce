/// Turns HTML into plain text fast, for titles, summaries and search indexing: tags removed,
/// character references decoded exactly once, `script`/`style` content dropped, blocks on
/// their own lines and other white space collapsed (HTML §15.3 rendering, roughly).
///
/// A single pass over the UTF-8 bytes, no tree; `HTMLConverter.document` is the full parser.
enum HTMLText {
    /// Elements whose content is never text a reader sees.
    private static let hiddenElements: Set<String> = [
        "script", "style", "template", "head", "iframe", "object", "noembed", "noframes", "select", "svg", "math",
        "form", "button", "textarea", "noscript", "title", "canvas", "audio", "video", "datalist",
    ]
    /// Elements that start a new line.
    private static let blockElements: Set<String> = [
        "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "pre", "table", "tr", "hr", "section", "article", "header", "footer", "aside", "nav", "figure",
        "figcaption", "address", "main", "details", "summary", "caption",
    ]

    /// Plain text of `html`: paragraphs separated by one newline, no trailing white space.
    static func plainText(_ html: String) -> String {
        var html = html
        return html.withUTF8 { extract($0) }
    }

    /// `text` read as HTML when it looks like HTML (an RSS title with `&amp;amp;` or `<b>`), else as is.
    static func decodeIfNeeded(_ text: String) -> String {
        looksLikeHTML(text) ? plainText(text) : text
    }

    /// Whether `text` contains markup or character references, i.e. needs `plainText` to read.
    static func looksLikeHTML(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            while index + 1 < count {
                let byte = bytes[index]
                let next = bytes[index + 1]
                if byte == UInt8(ascii: "<") {
                    let lower = next | 0x20
                    if (lower >= 0x61 && lower <= 0x7A) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") {
                        return true
                    }
                } else if byte == UInt8(ascii: "&") {
                    if next == UInt8(ascii: "#") { return true }
                    // A named reference needs its semicolon: "AT&T" is text, "&amp;" is markup.
                    var cursor = index + 1
                    while cursor < count, cursor - index <= 32, isAlphanumeric(bytes[cursor]) { cursor += 1 }
                    if cursor > index + 1, cursor < count, bytes[cursor] == UInt8(ascii: ";") { return true }
                }
                index += 1
            }
            return false
        }
    }

    @inline(__always)
    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    private static func extract(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        var pendingNewline = false
        var hiddenUntil: String?
        var preDepth = 0
        var index = 0
        let count = bytes.count

        func emit(_ scalarBytes: some Sequence<UInt8>) {
            if pendingNewline, !output.isEmpty {
                output.append(0x0A)
            } else if pendingSpace, !output.isEmpty, output.last != 0x0A {
                output.append(0x20)
            }
            pendingNewline = false
            pendingSpace = false
            output.append(contentsOf: scalarBytes)
        }

        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let tag = HTMLTagScanner.scan(bytes, at: index) {
                index = tag.end
                if let hidden = hiddenUntil {
                    if tag.isEnd && tag.name == hidden { hiddenUntil = nil }
                    continue
                }
                guard let name = tag.name else { continue }
                if !tag.isEnd && !tag.isSelfClosing && hiddenElements.contains(name) {
                    hiddenUntil = name
                    continue
                }
                if name == "pre" { preDepth = max(0, preDepth + (tag.isEnd ? -1 : 1)) }
                if blockElements.contains(name) || name == "td" || name == "th" {
                    if name == "td" || name == "th" { pendingSpace = true } else { pendingNewline = true }
                } else if name == "img", let alt = tag.alt, !alt.isEmpty {
                    emit(Array(alt.utf8))
                }
                continue
            }
            if hiddenUntil != nil {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "&"), let (scalars, end) = CharacterReference.decode(bytes, at: index) {
                index = end
                for scalar in scalars {
                    if scalar.properties.isWhitespace && scalar != "\u{A0}" && preDepth == 0 {
                        pendingSpace = true
                    } else {
                        emit(Array(String(scalar).utf8))
                    }
                }
                continue
            }
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                if preDepth > 0 {
                    if byte == 0x0A { emit([0x0A]) } else { emit([byte == 0x09 ? 0x09 : 0x20]) }
                } else {
                    pendingSpace = true
                }
                index += 1
                continue
            }
            emit(CollectionOfOne(byte))
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}
