import FeedParsing

/// Why one file could not be imported; one line naming the file (DESIGN §8).
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case tooLarge(path: String, limit: Int)
    /// The content is not what it was taken for (detected, or given with `--as`).
    case invalid(path: String, FeedParseError)
    /// A subscription list with no usable entry.
    case noSubscriptions(path: String)
    case storage(path: String, detail: String)

    public var path: String {
        switch self {
        case .unreadable(let path, _), .tooLarge(let path, _), .invalid(let path, _), .noSubscriptions(let path),
            .storage(let path, _):
            path
        }
    }

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
        case .tooLarge(let path, let limit): "\(path): larger than the \(limit >> 20) MiB limit"
        case .invalid(let path, let error): "\(path): \(error.description)"
        case .noSubscriptions(let path): "\(path): no feed URLs found"
        case .storage(let path, let detail): "\(path): database error: \(detail)"
        }
    }
}
