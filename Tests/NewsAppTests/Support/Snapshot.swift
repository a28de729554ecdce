import Foundation
import TerminalUI
import Testing

/// Compares a buffer with `Snapshots/<name>.txt` (rows wrapped in `|…|` so trailing blanks
/// show) and `Snapshots/<name>.styles.txt` (style runs), the way ratatui asserts text and style
/// separately. A missing snapshot is recorded and the test fails once, so new snapshots are
/// always looked at; `SAHIFA_RECORD_SNAPSHOTS=1` records them all again.
func assertSnapshot(_ buffer: Buffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots", isDirectory: true)
    let text = buffer.textLines().map { "|\($0)|" }.joined(separator: "\n") + "\n"
    let styles = buffer.styleRuns().map(\.description).joined(separator: "\n") + "\n"
    let recordAll = ProcessInfo.processInfo.environment["SAHIFA_RECORD_SNAPSHOTS"] == "1"
    for (suffix, actual) in [(".txt", text), (".styles.txt", styles)] {
        let file = directory.appendingPathComponent(name + suffix)
        guard !recordAll, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record("Recorded snapshot \(file.lastPathComponent); check it and run the tests again", sourceLocation: sourceLocation)
            continue
        }
        #expect(actual == expected, "snapshot \(file.lastPathComponent) differs:\n\(actual)", sourceLocation: sourceLocation)
    }
}

