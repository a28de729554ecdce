import Foundation

/// Local feeds and import files: read with the same size cap as downloads.
enum LocalFile {
    /// Reads a local feed; its modification time and size stand in for Last-Modified, so an unchanged
    /// file is "not modified" like a 304.
    static func read(_ url: URL, validators: Validators = .none, maxBytes: Int) throws(RefreshError) -> FetchResponse {
        let path = url.path
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw .fileUnreadable(path: path, reason: reason(error))
        }
        if attributes[.type] as? FileAttributeType == .typeDirectory {
            // The local feed of imported article files: nothing to fetch, nothing changed.
            guard validators.allowsDirectory else { throw .fileUnreadable(path: path, reason: "is a directory") }
            return FetchResponse(finalURL: url, status: nil, body: Data(), fileUnchanged: true)
        }
        if let size = attributes[.size] as? Int, size > maxBytes {
            throw .tooLarge(url: path, limit: maxBytes)
        }
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        let stamp = "file \(Int64(modified * 1000)) \((attributes[.size] as? Int) ?? 0)"
        if validators.lastModified == stamp {
            return FetchResponse(finalURL: url, status: nil, lastModified: stamp, body: Data(), fileUnchanged: true)
        }
        do {
            let data = try Data(contentsOf: url)
            return FetchResponse(finalURL: url, status: nil, lastModified: stamp, body: data)
        } catch {
            throw .fileUnreadable(path: path, reason: reason(error))
        }
    }

    static func reason(_ error: any Error) -> String {
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
