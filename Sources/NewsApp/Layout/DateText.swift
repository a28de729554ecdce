import Foundation

/// Dates as the reader shows them, in the session's time zone and independent of the locale.
public struct DateText: Sendable {
    public var timeZone: TimeZone {
        didSet { calendar.timeZone = timeZone }
    }

    /// Built once: list rows format a date each on every frame.
    private var calendar: Calendar

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// `2024-05-24 09:30`, for the article header.
    public func full(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// Five columns for list rows: `09:30` today, `05-24` this year, `2023` before.
    public func short(_ date: Date, now: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let today = calendar.dateComponents([.year, .month, .day], from: now)
        if c.year == today.year, c.month == today.month, c.day == today.day {
            return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
        }
        if c.year == today.year {
            return String(format: "%02d-%02d", c.month ?? 0, c.day ?? 0)
        }
        return String(format: " %04d", c.year ?? 0)
    }
}
