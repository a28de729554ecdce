import Foundation

/// Starts the loopback server on corpus feeds loaded into memory, so disk reads never enter the timings.
enum CorpusServer {
    static func start(_ feeds: [CorpusManifest.Entry], directory: URL, lifetime: Double) throws -> LoopbackFeedServer {
        var files: [String: ServedFile] = [:]
        for entry in feeds {
            let body = try Data(contentsOf: directory.appendingPathComponent(entry.path))
            // Last-Modified in the past and fixed per feed, like a publisher's last edit.
            files["/" + entry.path] = ServedFile(
                body: body, contentType: entry.format.contentType, lastModifiedSeconds: 1_777_593_600 - entry.index * 3_607)
        }
        return try LoopbackFeedServer(files: files, lifetime: lifetime)
    }
}
