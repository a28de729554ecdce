import Foundation

/// What one fetch brought back, from the network or a local file, before parsing.
struct FetchResponse: Sendable, Equatable {
    /// The URL the body came from (after redirects).
    var finalURL: URL
    /// Where a chain of permanent redirects (301/308) led: the feed's new address, if it moved.
    var movedTo: URL?
    /// HTTP status; nil for local files.
    var status: Int?
    var etag: String?
    var lastModified: String?
    var contentType: String?
    /// Empty for 304.
    var body: Data
    /// A local file whose size and modification time match the last fetch.
    var fileUnchanged = false

    var isNotModified: Bool { status == 304 || fileUnchanged }

    /// The `charset` parameter of Content-Type, which wins over the XML declaration (RFC 7303 §3.2).
    var charset: String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else {
                continue
            }
            return pair[1].trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
        }
        return nil
    }
}

/// The validators of the last good fetch, sent back for a conditional GET (RFC 9110 §13.1).
struct Validators: Sendable, Equatable {
    var etag: String?
    var lastModified: String?
    /// A refresh meets directories (article collections); reading one as a file is an error elsewhere.
    var allowsDirectory = false

    static let none = Validators()
}
