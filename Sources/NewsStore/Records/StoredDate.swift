import Foundation

/// Dates are stored as seconds since 1970 (REAL) so they sort and compare in SQL without parsing.
enum StoredDate {
    static func value(_ date: Date?) -> Double? { date?.timeIntervalSince1970 }
    static func date(_ value: Double?) -> Date? { value.map(Date.init(timeIntervalSince1970:)) }
}
