import Foundation

/// Loads a feed's bytes from wherever its URL points: http(s) through the shared session, `file://`
/// from disk with the same size cap, so local feeds take the same path as remote ones.
struct FeedLoader: Sendable {
    let client: HTTPClient

    var options: RefreshOptions { client.options }

    func load(_ url: URL, validators: Validators) async throws(RefreshError) -> FetchResponse {
        switch url.scheme?.lowercased() {
        case "http", "https":
            return try await client.fetch(url, validators: validators)
        case "file":
            return try LocalFile.read(url, validators: validators, maxBytes: options.maxBytes)
        default:
            throw .unsupportedScheme(url: url.absoluteString)
        }
    }
}
