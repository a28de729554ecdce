import FeedParsing
import Foundation
import TextSafety

/// A JSON document built in code, written with keys in the order given (DESIGN §4 lists them),
/// UTF-8 without `\/` or `\uXXXX` escapes for printable text.
///
/// Strings are sanitized as they are added, so command output never carries terminal escape
/// sequences, not even JSON-escaped ones (`\u001b`) that a consumer would decode and print.
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func text(_ value: String?) -> JSONValue {
        value.map { .string(Sanitizer.sanitize($0)) } ?? .null
    }

    static func number(_ value: Int?) -> JSONValue { value.map { .int(Int64($0)) } ?? .null }

    static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    /// Pretty-printed with two-space indentation, or on one line when `compact`.
    func rendered(compact: Bool = false) -> String {
        var out = ""
        write(into: &out, indent: compact ? nil : 0)
        return out
    }

    private func write(into out: inout String, indent: Int?) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .string(let value): Self.writeString(value, into: &out)
        case .array(let values):
            writeContainer(values.map { (nil, $0) }, open: "[", close: "]", into: &out, indent: indent)
        case .object(let members):
            writeContainer(members.map { ($0.0, $0.1) }, open: "{", close: "}", into: &out, indent: indent)
        }
    }

    private func writeContainer(
        _ items: [(String?, JSONValue)], open: String, close: String, into out: inout String, indent: Int?
    ) {
        out += open
        guard !items.isEmpty else {
            out += close
            return
        }
        let inner = indent.map { $0 + 2 }
        for (index, (key, value)) in items.enumerated() {
            if index > 0 { out += "," }
            if let inner { out += "\n" + String(repeating: " ", count: inner) }
            if let key {
                Self.writeString(key, into: &out)
                out += inner == nil ? ":" : ": "
            }
            value.write(into: &out, indent: inner)
        }
        if let indent { out += "\n" + String(repeating: " ", count: indent) }
        out += close
    }

    /// Controls and DEL escaped; C1 and U+2028/9 are left to the sanitizer that `text(_:)` applies.
    private static func writeString(_ value: String, into out: inout String) {
        JSONStringEscaping.append(value, controls: .requiredAndDelete, to: &out)
    }
}
