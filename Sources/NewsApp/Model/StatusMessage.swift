import Foundation

/// A message in the status line; errors are data here, not exceptions (STYLE.md).
public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case info
        case error
    }

    public var text: String
    public var kind: Kind
    /// When the message stops being shown; nil keeps it until replaced.
    public var expires: Date?

    public init(_ text: String, kind: Kind = .info, expires: Date? = nil) {
        self.text = text
        self.kind = kind
        self.expires = expires
    }
}
