/// Removes what must never reach a terminal or the database from untrusted text (DESIGN §7 step 1,
/// the policy table of the sanitizer policy in Docs/Decisions.md).
///
/// Run it after entity decoding: `&#27;[31m` becomes an ESC sequence only then, and the whole
/// sequence is removed, not just the ESC.
public enum Sanitizer {
    /// Body text (article paragraphs, summaries): line breaks normalized to LF, tabs kept,
    /// escape sequences, controls, noncharacters, stray tags and excess combining marks removed;
    /// bidi embeddings, overrides and isolates kept only where they are balanced within their
    /// paragraph (UAX #9 X1–X8 pairs), so none can leak into the next one.
    public static func sanitize(_ text: String) -> String {
        if isUnchanged(text, mode: .body) { return text }
        return referenceSanitize(text)
    }

    /// `sanitize(_:)` without the unchanged-text shortcut: the scalar filter and the bidi
    /// balancer, which define the policy (and which the shortcut is tested against).
    static func referenceSanitize(_ text: String) -> String {
        var filter = ScalarFilter(mode: .body)
        let scalars = filter.run(text.unicodeScalars)
        return String(String.UnicodeScalarView(BidiControlBalancer.balance(scalars)))
    }

    /// Single-line fields (titles, author and feed names, URLs, host and file names): as
    /// `sanitize(_:)`, but with no bidi controls at all (not even marks — Trojan Source,
    /// CVE-2021-42574), no line breaks or tabs, and whitespace runs collapsed to one space.
    public static func sanitizeField(_ text: String) -> String {
        if isUnchanged(text, mode: .field) { return text }
        return referenceSanitizeField(text)
    }

    /// `sanitizeField(_:)` without the unchanged-text shortcut.
    static func referenceSanitizeField(_ text: String) -> String {
        var filter = ScalarFilter(mode: .field)
        return String(String.UnicodeScalarView(WhitespaceCollapser.collapse(filter.run(text.unicodeScalars))))
    }

    /// Text written to the terminal outside ncurses (window title, OSC 8 link text, OSC 52,
    /// notifications): a field with every remaining format character removed as well, so
    /// nothing can end or extend the surrounding control string.
    public static func terminalSafe(_ text: String) -> String {
        if isUnchanged(text, mode: .terminal) { return text }
        return referenceTerminalSafe(text)
    }

    /// `terminalSafe(_:)` without the unchanged-text shortcut.
    static func referenceTerminalSafe(_ text: String) -> String {
        var filter = ScalarFilter(mode: .terminal)
        return String(String.UnicodeScalarView(WhitespaceCollapser.collapse(filter.run(text.unicodeScalars))))
    }

    /// An OSC 8 hyperlink target: `http`/`https` only, ASCII only (everything else
    /// percent-encoded as UTF-8), no controls; `nil` when the URL must not be offered as a link.
    public static func terminalSafeURL(_ url: String) -> String? {
        let field = sanitizeField(url)
        let lower = field.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        var out = ""
        for byte in field.utf8 {
            if byte > 0x20 && byte < 0x7F && byte != UInt8(ascii: "\\") {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// Re-balances bidi embeddings, overrides and isolates per paragraph, dropping unmatched ones
    /// (the same pairing `sanitize(_:)` applies), for text that skipped the full sanitizer.
    public static func balanceBidiControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { BidiControl($0) != nil }) else { return text }
        return String(String.UnicodeScalarView(BidiControlBalancer.balance(Array(text.unicodeScalars))))
    }

    /// Whether the sanitizer in `mode` would return `text` as it is (`UnchangedTextScanner`).
    static func isUnchanged(_ text: String, mode: ScalarFilter.Mode) -> Bool {
        var text = text
        return text.withUTF8 { UnchangedTextScanner.isUnchanged($0, mode: mode) }
    }

    /// Only printable ASCII, tab and LF: nothing for `sanitize(_:)` to remove, so it returns such
    /// text untouched. A byte scan, the fast path for most feed text (markup and English).
    public static func isPlainText(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            for byte in bytes where byte >= 0x7F || (byte < 0x20 && byte != 0x09 && byte != 0x0A) { return false }
            return true
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
