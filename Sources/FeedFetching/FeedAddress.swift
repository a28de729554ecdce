import Foundation

/// Turns what a user typed or a subscription stored into the URL to fetch.
///
/// `add` accepts `https://…`, `file://…` and plain paths (DESIGN §4); a path becomes an absolute
/// `file://` URL so that the stored subscription still works from another directory.
public enum FeedAddress {
    public static func url(
        from input: String, relativeTo directory: String = FileManager.default.currentDirectoryPath
    ) -> URL? {
        let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        if let scheme = scheme(of: trimmed) {
            guard let url = URL(string: trimmed) else { return nil }
            if scheme == "file" { return URL(fileURLWithPath: url.path).standardizedFileURL }
            return url
        }
        let base = URL(fileURLWithPath: directory, isDirectory: true)
        let expanded = (trimmed as NSString).expandingTildeInPath
        return URL(fileURLWithPath: expanded, relativeTo: base).standardizedFileURL.absoluteURL
    }

    /// The key the per-host limit counts by: the host name for the network, each file on its own.
    static func hostKey(of url: URL) -> String {
        if url.isFileURL { return "file:" + url.path }
        return url.host?.lowercased() ?? url.absoluteString
    }

    /// The scheme of an absolute URL (`http:`, `file:`), nil for a path.
    private static func scheme(of text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let candidate = text[..<colon]
        guard let first = candidate.first, first.isASCII, first.isLetter,
            candidate.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return candidate.lowercased()
    }
}
