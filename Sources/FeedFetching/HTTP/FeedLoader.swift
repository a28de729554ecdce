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
            return try readFile(url)
        default:
            throw .unsupportedScheme(url: url.absoluteString)
        }
    }

    func readFile(_ url: URL) throws(RefreshError) -> FetchResponse {
        let path = url.path
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw .fileUnreadable(path: path, reason: Self.reason(error))
        }
        if attributes[.type] as? FileAttributeType == .typeDirectory {
            throw .fileUnreadable(path: path, reason: "is a directory")
        }
        if let size = attributes[.size] as? Int, size > options.maxBytes {
            throw .tooLarge(url: path, limit: options.maxBytes)
        }
        do {
            let data = try Data(contentsOf: url)
            return FetchResponse(finalURL: url, status: nil, body: data)
        } catch {
            throw .fileUnreadable(path: path, reason: Self.reason(error))
        }
    }

    private static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let message = strerror(Int32(underlying.code))
        {
            return String(cString: message)
        }
        switch nsError.code {
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file"
        case NSFileReadNoPermissionError: return "permission denied"
        default: return nsError.localizedDescription
        }
    }
}
