import Glibc

/// Date strings in the shapes each format uses, from seconds since 1970 in UTC.
enum FeedDate {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// RFC 822 as RSS 2.0 `pubDate` wants it: `Fri, 01 May 2026 00:00:00 +0000`.
    static func rfc822(_ seconds: Int) -> String {
        let t = parts(seconds)
        return "\(weekdays[Int(t.tm_wday)]), \(two(t.tm_mday)) \(months[Int(t.tm_mon)]) \(t.tm_year + 1900) "
            + "\(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec)) +0000"
    }

    /// RFC 3339 (Atom, JSON Feed, W3C-DTF for `dc:date`): `2026-05-01T00:00:00Z`.
    static func rfc3339(_ seconds: Int) -> String {
        let t = parts(seconds)
        return "\(t.tm_year + 1900)-\(two(t.tm_mon + 1))-\(two(t.tm_mday))T\(two(t.tm_hour)):\(two(t.tm_min)):\(two(t.tm_sec))Z"
    }

    private static func parts(_ seconds: Int) -> tm {
        var time = time_t(seconds)
        var result = tm()
        gmtime_r(&time, &result)
        return result
    }

    private static func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
