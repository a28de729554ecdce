import Foundation

/// Dates in command output: ISO 8601 in UTC to the second (`2024-05-24T09:30:00Z`), or null.
enum JSONDate {
    static func value(_ date: Date?) -> JSONValue {
        guard let date else { return .null }
        return .string(string(date))
    }

    static func string(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC") ?? .gmt))
    }
}
