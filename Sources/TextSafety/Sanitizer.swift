/// Removes what must never reach a terminal or the database from untrusted text (DESIGN §7 step 1).
///
/// Placeholder: drops C0/C1 controls except tab and newline.
public enum Sanitizer {
    public static func sanitize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if (v < 0x20 && v != 0x09 && v != 0x0A) || (v >= 0x7F && v <= 0x9F) { continue }
            out.append(scalar)
        }
        return String(out)
    }
}
