import TextSafety

/// Cleans untrusted text before it is stored (DESIGN §7 step 1, §8), so every reader of the
/// database — the TUI, JSON output, a script — gets text that cannot drive a terminal.
enum StoredText {
    /// Titles, names, URLs, tags: one line, no controls, no bidi embeddings or overrides, trimmed.
    static func field(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in Sanitizer.sanitize(text).unicodeScalars {
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

    /// Bodies: controls removed, lines kept; the search markers removed so snippets stay exact.
    static func body(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in Sanitizer.sanitize(text).unicodeScalars where !SnippetMarkers.isMarker(scalar) {
            out.append(scalar)
        }
        return String(out)
    }

    /// LRE, RLE, PDF, LRO, RLO (U+202A–U+202E), LRI, RLI, FSI, PDI (U+2066–U+2069), LRM/RLM/ALM.
    static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value) || value == 0x200E
            || value == 0x200F || value == 0x061C
    }
}
