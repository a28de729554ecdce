import Foundation
import Testing

/// Unicode's bidi conformance files as installed by Debian's `unicode-data` package
///. Missing files are a test failure, never a silent pass.
enum UnicodeDataFile {
    static let directories = ["/usr/share/unicode", "/usr/share/unicode-data", "/usr/share/unicode/ucd"]

    /// The file's lines, or `nil` after recording an issue that says how to install it.
    static func lines(of name: String, sourceLocation: SourceLocation = #_sourceLocation) -> [Substring]? {
        for directory in directories {
            let path = directory + "/" + name
            if let data = FileManager.default.contents(atPath: path) {
                return String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
            }
        }
        Issue.record(
            "\(name) not found in \(directories.joined(separator: ", ")): run `make test`, which installs the unicode-data package",
            sourceLocation: sourceLocation)
        return nil
    }
}
