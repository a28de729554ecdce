import TextSafety

/// Cleans untrusted text before it is stored (DESIGN §7 step 1, §8), so every reader of the
/// database — the TUI, JSON output, a script — gets text that cannot drive a terminal.
enum StoredText {
    /// Titles, names, URLs, tags: one line, no controls, no bidi embeddings or overrides, trimmed.
    ///
    /// The sanitizer's field mode is the whole policy (and returns clean text as it is, after one
    /// byte scan); the store only adds that the search markers U+E000/U+E001 never appear in a
    /// field, which is rare enough to take the reference path.
    static func field(_ text: String) -> String {
        let sanitized = Sanitizer.sanitizeField(text)
        return containsSearchMarker(sanitized) ? cleanedField(sanitized) : sanitized
    }

    /// Whether the UTF-8 of U+E000 or U+E001 (`EE 80 80`, `EE 80 81`) occurs in `text`.
    private static func containsSearchMarker(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index + 2 < bytes.count {
                if bytes[index] == 0xEE, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 || bytes[index + 2] == 0x81 {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// The reference path of `field`: the sanitizer's field mode, then bidi controls and search
    /// markers removed and whitespace collapsed.
    static func cleanedField(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in Sanitizer.sanitizeField(text).unicodeScalars {
            if isBidiControl(scalar.value) || SnippetMarkers.isMarker(scalar) { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    static func optionalField(_ text: String?) -> String? {
        guard let text else { return nil }
        let cleaned = field(text)
        return cleaned.isEmpty ? nil : cleaned
    }

    /// Bodies: C0/C1 controls (except tab and newline) and the search markers removed, so no
    /// terminal sequence is stored and snippets stay exact. Bidi and mark clean-up of bodies is
    /// the layout's job at display time (DESIGN §7 step 1), where paragraphs are known.
    ///
    /// Bodies are most of what a refresh stores, so clean text is returned without copying.
    static func body(_ text: String) -> String {
        guard needsBodyCleaning(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isDroppedFromBody(scalar) {
            out.append(scalar)
        }
        return String(out)
    }

    private static func isDroppedFromBody(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x09 && value != 0x0A }
        return (0x7F...0x9F).contains(value) || SnippetMarkers.isMarker(scalar)
    }

    /// A byte scan for what `isDroppedFromBody` removes: C0 bytes, DEL, C1 (`C2 80`–`C2 9F`) and
    /// the markers U+E000/U+E001 (`EE 80 80`, `EE 80 81`).
    private static func needsBodyCleaning(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte < 0x20 {
                    if byte != 0x09 && byte != 0x0A { return true }
                } else if byte == 0x7F {
                    return true
                } else if byte == 0xC2, index + 1 < count, (0x80...0x9F).contains(buffer[index + 1]) {
                    return true
                } else if byte == 0xEE, index + 2 < count, buffer[index + 1] == 0x80,
                    buffer[index + 2] == 0x80 || buffer[index + 2] == 0x81
                {
                    return true
                }
                index += 1
            }
            return false
        }
    }

    /// LRE, RLE, PDF, LRO, RLO (U+202A–U+202E), LRI, RLI, FSI, PDI (U+2066–U+2069), LRM/RLM/ALM.
    static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x200E
            || value == 0x200F || value == 0x061C
    }
}
