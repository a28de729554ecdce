import Foundation

/// Parses every date shape feeds use, by hand over the UTF-8 bytes (no `DateFormatter`, no
/// locale): RFC 822/2822 with or without weekday, two-digit years, named, numeric and military
/// zones, asctime; RFC 3339/ISO 8601 extended and basic, with or without seconds, fraction and
/// zone; W3C-DTF partial dates (`2024`, `2024-05`). Anything else is nil, never "now".
enum DateParser {
    static func parse(_ text: String?) -> Date? {
        guard var text, !text.isEmpty else { return nil }
        return text.withUTF8 { bytes -> Date? in
            var start = 0
            var end = bytes.count
            while start < end, isSpace(bytes[start]) { start += 1 }
            while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            guard end - start >= 4 else { return nil }
            let trimmed = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if let components = ISO8601DateParser.parse(trimmed) ?? RFC822DateParser.parse(trimmed) {
                return components.date
            }
            return nil
        }
    }

    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}

/// A calendar date and time with a UTC offset, checked for range before it becomes a `Date`.
struct DateComponentsUTC {
    var year: Int
    var month: Int = 1
    var day: Int = 1
    var hour: Int = 0
    var minute: Int = 0
    var second: Int = 0
    var fraction: Double = 0
    /// Offset from UTC in seconds (east positive).
    var offset: Int = 0

    var date: Date? {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year),
            (0...24).contains(hour), (0...59).contains(minute), (0...60).contains(second),
            hour < 24 || (minute == 0 && second == 0), abs(offset) < 24 * 3600
        else { return nil }
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3600 + minute * 60 + min(second, 59) - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
