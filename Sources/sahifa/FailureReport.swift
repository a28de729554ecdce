import Foundation
import TextSafety

/// Writes the one-line `sahifa: …` error message to standard error.
enum FailureReport {
    static func print(_ message: String) {
        let oneLine = Sanitizer.sanitize(message).replacingOccurrences(of: "\n", with: " ")
        FileHandle.standardError.write(Data("sahifa: \(oneLine)\n".utf8))
    }
}
