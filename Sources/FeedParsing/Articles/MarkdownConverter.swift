/// A small Markdown reader for news articles and commentary (the CommonMark block
/// structure most writers use): ATX and setext headings, paragraphs with hard breaks,
/// `>` quotes, `-`/`*`/`+` and numbered lists (nested by indentation), fenced code,
/// thematic breaks, and a line like `News:` or `Comment:` standing alone as a section
/// heading. Raw HTML is not passed through: every character of the source is escaped.
enum MarkdownConverter {
    static func html(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false).map { String($0).replacingOccurrences(of: "\t", with: "    ") }
        return render(lines)
    }

    /// Quotes and lists nest at most this deep; deeper markers are read as text, so hostile
    /// input cannot exhaust the stack.
    static let maxNesting = 16

    static func render(_ lines: [String], depth: Int = 0) -> String {
        var output = ""
        var paragraph: [String] = []
        var index = 0

        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            output += "<p>" + paragraphHTML(paragraph) + "</p>\n"
            paragraph = []
        }

        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                flushParagraph()
                index += 1
                continue
            }
            if let fence = fenceMarker(trimmed) {
                flushParagraph()
                var code: [String] = []
                index += 1
                while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).hasPrefix(fence) {
                    code.append(lines[index])
                    index += 1
                }
                index += 1
                output += "<pre><code>" + MarkupEscaping.escapedText(code.joined(separator: "\n")) + "</code></pre>\n"
                continue
            }
            if let (level, text) = atxHeading(trimmed) {
                flushParagraph()
                output += "<h\(level)>" + MarkdownInline.html(text) + "</h\(level)>\n"
                index += 1
                continue
            }
            if !paragraph.isEmpty, let level = setextLevel(trimmed) {
                let text = paragraph.joined(separator: " ")
                paragraph = []
                output += "<h\(level)>" + MarkdownInline.html(text) + "</h\(level)>\n"
                index += 1
                continue
            }
            if isThematicBreak(trimmed) {
                flushParagraph()
                output += "<hr>\n"
                index += 1
                continue
            }
            if let label = sectionLabel(trimmed) {
                flushParagraph()
                output += "<h2>" + MarkdownInline.html(label) + "</h2>\n"
                index += 1
                continue
            }
            if trimmed.hasPrefix(">"), depth < maxNesting {
                flushParagraph()
                var quoted: [String] = []
                while index < lines.count {
                    let current = lines[index].trimmingCharacters(in: .whitespaces)
                    if current.hasPrefix(">") {
                        var rest = current.dropFirst()
                        if rest.first == " " { rest = rest.dropFirst() }
                        quoted.append(String(rest))
                    } else if !current.isEmpty, !(quoted.last ?? "").isEmpty {
                        quoted.append(current)  // lazy continuation of the quoted paragraph
                    } else {
                        break
                    }
                    index += 1
                }
                output += "<blockquote>\n" + render(quoted, depth: depth + 1) + "</blockquote>\n"
                continue
            }
            if depth < maxNesting, ListMarker(line) != nil, paragraph.isEmpty || ListMarker(line)?.canInterruptParagraph == true {
                flushParagraph()
                let (html, next) = MarkdownList.render(lines, from: index, depth: depth)
                output += html
                index = next
                continue
            }
            paragraph.append(line)
            index += 1
        }
        flushParagraph()
        return output
    }

    /// Lines of one paragraph: a trailing double space or backslash is a hard break.
    private static func paragraphHTML(_ lines: [String]) -> String {
        var parts: [String] = []
        for (offset, line) in lines.enumerated() {
            var text = line.trimmingCharacters(in: .whitespaces)
            let isLast = offset == lines.count - 1
            var hardBreak = false
            if !isLast && (line.hasSuffix("  ") || text.hasSuffix("\\")) {
                hardBreak = true
                if text.hasSuffix("\\") { text.removeLast() }
            }
            parts.append(MarkdownInline.html(text) + (isLast ? "" : (hardBreak ? "<br>\n" : "\n")))
        }
        return parts.joined()
    }

    private static func fenceMarker(_ line: String) -> String? {
        if line.hasPrefix("```") { return "```" }
        if line.hasPrefix("~~~") { return "~~~" }
        return nil
    }

    static func atxHeading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("#") { text.removeLast() }
        return (hashes, text.trimmingCharacters(in: .whitespaces))
    }

    private static func setextLevel(_ line: String) -> Int? {
        if line.count >= 2, line.allSatisfy({ $0 == "=" }) { return 1 }
        if line.count >= 2, line.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    private static func isThematicBreak(_ line: String) -> Bool {
        let compact = line.filter { $0 != " " }
        guard compact.count >= 3, let first = compact.first, "-*_".contains(first) else { return false }
        return compact.allSatisfy { $0 == first }
    }

    /// `News:`, `Comment:`, `تعليق:` alone on a line: a short label (at most four words)
    /// ending in a colon introduces a section.
    static func sectionLabel(_ line: String) -> String? {
        guard line.hasSuffix(":") || line.hasSuffix("："), line.count <= 40 else { return nil }
        let label = String(line.dropLast()).trimmingCharacters(in: .whitespaces)
        let words = label.split(separator: " ")
        guard !words.isEmpty, words.count <= 4,
            label.allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" || $0 == "'" || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .nonspacingMark } })
        else { return nil }
        return label
    }
}
