import TextSafety

/// The last step for every string that leaves the parser: the sanitizer of DESIGN §7 step 1,
/// and for one-line fields (titles, names) whitespace collapsed to single spaces.
enum TextCleanup {
    /// A title, name or other one-line field: sanitized, whitespace runs collapsed, trimmed;
    /// nil when nothing is left.
    static func field(_ text: String?) -> String? {
        guard let text else { return nil }
        let collapsed = collapsingWhitespace(Sanitizer.sanitize(text))
        return collapsed.isEmpty ? nil : collapsed
    }

    /// A body (HTML or multi-line text): sanitized, surrounding whitespace trimmed; nil when empty.
    static func body(_ text: String?) -> String? {
        guard let text else { return nil }
        let sanitized = Sanitizer.sanitize(text)
        let trimmed = sanitized.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Collapses every run of white space (ASCII and Unicode, incl. no-break space) into one
    /// space and trims the ends, without touching other characters (harakat, niqqud, joiners).
    static func collapsingWhitespace(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
                continue
            }
            if pendingSpace {
                output.append(" ")
                pendingSpace = false
            }
            output.append(scalar)
        }
        return String(output)
    }
}

extension String {
    /// The string without leading and trailing white space (Unicode `White_Space`).
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
