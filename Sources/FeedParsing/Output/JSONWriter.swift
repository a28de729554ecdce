import Foundation

/// Writes JSON by hand so the key order is the one DESIGN §4 lists and dates have one form.
/// Strings are already sanitized; control characters are escaped anyway, so the output can
/// never carry a terminal escape sequence.
struct JSONWriter {
    private(set) var output = ""
    private var indentLevel = 0
    private var needsComma: [Bool] = [false]

    mutating func beginObject() { openContainer("{") }
    mutating func endObject() { closeContainer("}") }
    mutating func beginArray() { openContainer("[") }
    mutating func endArray() { closeContainer("]") }

    mutating func key(_ name: String) {
        separate()
        output += Self.quoted(name) + ": "
        pendingValueAfterKey = true
    }

    mutating func string(_ value: String?) { value.map { raw(Self.quoted($0)) } ?? raw("null") }
    mutating func number(_ value: Int64?) { raw(value.map(String.init) ?? "null") }
    mutating func date(_ value: Date?) { value.map { raw(Self.quoted(Self.iso8601(value: $0))) } ?? raw("null") }

    mutating func field(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }

    mutating func field(_ name: String, date value: Date?) {
        key(name)
        date(value)
    }

    private var pendingValueAfterKey = false

    private mutating func raw(_ text: String) {
        if pendingValueAfterKey {
            pendingValueAfterKey = false
        } else {
            separate()
        }
        output += text
    }

    private mutating func openContainer(_ bracket: String) {
        raw(bracket)
        indentLevel += 1
        needsComma.append(false)
    }

    private mutating func closeContainer(_ bracket: String) {
        let hadContent = needsComma.removeLast()
        indentLevel -= 1
        if hadContent { output += "\n" + String(repeating: "  ", count: indentLevel) }
        output += bracket
    }

    private mutating func separate() {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
        if indentLevel > 0 { output += "\n" + String(repeating: "  ", count: indentLevel) }
    }

    static func quoted(_ text: String) -> String { JSONStringEscaping.quoted(text, controls: .all) }

    /// `2024-05-24T09:30:00Z`: ISO 8601 in UTC, whole seconds.
    static func iso8601(value: Date) -> String {
        let seconds = Int(value.timeIntervalSince1970.rounded(.down))
        var days = seconds / 86_400
        var remainder = seconds % 86_400
        if remainder < 0 {
            remainder += 86_400
            days -= 1
        }
        let (year, month, day) = civil(fromDays: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
        return "\(yearText)-\(two(month))-\(two(day))T\(two(remainder / 3600)):\(two(remainder % 3600 / 60)):\(two(remainder % 60))Z"
    }

    /// Inverse of `DateComponentsUTC.daysFromCivil` (H. Hinnant's algorithm).
    private static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
