/// The one JSON string writer (RFC 8259 §7), shared by feed JSON, command output and the bench
/// corpus, which differ only in which controls beyond the required ones they escape.
public enum JSONStringEscaping {
    /// Which scalars are written as `\uXXXX`; quote, backslash, `\n`, `\t` and `\r` always get short escapes.
    public enum Controls: Sendable {
        /// The C0 controls RFC 8259 requires.
        case required
        /// C0 and DEL.
        case requiredAndDelete
        /// C0, DEL, C1, U+2028 and U+2029: nothing left that a terminal or a JavaScript parser acts on.
        case all

        func escapes(_ scalar: Unicode.Scalar) -> Bool {
            let value = scalar.value
            switch self {
            case .required: return value < 0x20
            case .requiredAndDelete: return value < 0x20 || value == 0x7F
            case .all: return value < 0x20 || (value >= 0x7F && value <= 0x9F) || value == 0x2028 || value == 0x2029
            }
        }
    }

    /// `text` as a quoted JSON string literal, non-ASCII kept as UTF-8.
    public static func quoted(_ text: String, controls: Controls) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        append(text, controls: controls, to: &result)
        return result
    }

    /// Appends `text` as a quoted JSON string literal.
    public static func append(_ text: String, controls: Controls, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            case let control where controls.escapes(control):
                let hex = String(control.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
