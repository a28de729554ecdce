import Foundation

/// Number formatting for the tables a run prints: few significant digits, no locale surprises.
enum Format {
    static func number(_ value: Double) -> String {
        if value == 0 { return "0" }
        let magnitude = abs(value)
        let digits = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3
        return String(format: "%.\(digits)f", value)
    }

    static func milliseconds(_ seconds: Double) -> String { number(seconds * 1000) + " ms" }

    static func megabytes(_ bytes: Int) -> String { number(Double(bytes) / 1_048_576) + " MB" }

    /// "ours / theirs" as a multiplier, "n/a" when there is nothing to compare with.
    static func ratio(_ numerator: Double, _ denominator: Double) -> String {
        denominator > 0 ? number(numerator / denominator) + "×" : "n/a"
    }

    /// Left-aligned columns for a small table on stdout.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        func render(_ row: [String]) -> String {
            row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
        }
        return ([render(header), render(widths.map { String(repeating: "-", count: $0) })] + rows.map(render))
            .joined(separator: "\n")
    }
}
