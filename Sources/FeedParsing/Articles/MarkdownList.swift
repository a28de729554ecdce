/// A list item marker: `-`, `*`, `+`, or a number followed by `.` or `)`.
struct ListMarker {
    var ordered: Bool
    var number: Int
    var indent: Int
    /// Columns from the line start to the item's text.
    var contentColumn: Int
    var canInterruptParagraph: Bool { !ordered || number == 1 }

    init?(_ line: String) {
        let indent = line.utf8.prefix { $0 == 0x20 }.count
        let rest = line.dropFirst(indent)
        guard let first = rest.first else { return nil }
        if first == "-" || first == "*" || first == "+" {
            let after = rest.dropFirst()
            guard after.first == " " else { return nil }
            ordered = false
            number = 1
            self.indent = indent
            contentColumn = indent + 1 + after.utf8.prefix { $0 == 0x20 }.count
            return
        }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9, let value = Int(digits) else { return nil }
        let after = rest.dropFirst(digits.count)
        guard let delimiter = after.first, delimiter == "." || delimiter == ")", after.dropFirst().first == " " else {
            return nil
        }
        ordered = true
        number = value
        self.indent = indent
        contentColumn = indent + digits.count + 1 + after.dropFirst().utf8.prefix { $0 == 0x20 }.count
    }
}

/// Renders a Markdown list and the lists nested in its items.
enum MarkdownList {
    static func render(_ lines: [String], from start: Int, depth: Int) -> (String, Int) {
        guard let first = ListMarker(lines[start]) else { return ("", start + 1) }
        var items: [[String]] = []
        var index = start
        var loose = false
        while index < lines.count {
            let line = lines[index]
            if let marker = ListMarker(line), marker.indent <= first.indent + 1, marker.ordered == first.ordered {
                items.append([String(line.dropFirst(marker.contentColumn))])
                index += 1
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                // A blank line continues the list only if indented content or another item follows.
                var next = index + 1
                while next < lines.count, lines[next].trimmingCharacters(in: .whitespaces).isEmpty { next += 1 }
                guard next < lines.count else { break }
                let following = lines[next]
                let followingIndent = following.utf8.prefix { $0 == 0x20 }.count
                if let marker = ListMarker(following), marker.indent <= first.indent + 1, marker.ordered == first.ordered {
                    loose = true
                    index = next
                    continue
                }
                if followingIndent >= first.contentColumn {
                    items[items.count - 1].append("")
                    index += 1
                    continue
                }
                break
            }
            let lineIndent = line.utf8.prefix { $0 == 0x20 }.count
            if lineIndent >= first.contentColumn {
                items[items.count - 1].append(String(line.dropFirst(first.contentColumn)))
            } else if ListMarker(line) == nil, !(items.last?.last ?? "").isEmpty {
                items[items.count - 1].append(trimmed)  // lazy continuation
            } else if let marker = ListMarker(line), marker.indent > first.indent {
                items[items.count - 1].append(String(line.dropFirst(first.contentColumn)))
            } else {
                break
            }
            index += 1
        }
        let tag = first.ordered ? "ol" : "ul"
        let startAttribute = first.ordered && first.number != 1 ? " start=\"\(first.number)\"" : ""
        var html = "<\(tag)\(startAttribute)>\n"
        for item in items {
            var body = MarkdownConverter.render(item, depth: depth + 1)
            if !loose, body.hasPrefix("<p>"), let close = body.range(of: "</p>\n") {
                let rest = String(body[close.upperBound...])
                body = String(body[body.index(body.startIndex, offsetBy: 3)..<close.lowerBound]) + (rest.isEmpty ? "" : "\n" + rest)
            }
            html += "<li>" + body.trimmingCharacters(in: .newlines) + "</li>\n"
        }
        return (html + "</\(tag)>\n", index)
    }
}
