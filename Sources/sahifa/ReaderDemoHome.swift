import FeedFetching
import Foundation
import NewsStore

/// The demo's home: a temporary directory unless `--home` names one, filled from the bundled
/// collection through the importer `sahifa import` uses (no network).
enum ReaderDemoHome {
    static func makeTemporary() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sahifa-demo-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw CLIError("cannot create a temporary home for the demo: \(error.localizedDescription)")
        }
        return url
    }

    static func remove(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }

    /// The bundled collection's files: every regular file under the `Demo` resource directory.
    static func collectionFiles() throws -> [URL] {
        guard let root = Bundle.module.url(forResource: "Demo", withExtension: nil) else {
            throw CLIError("the demo collection is missing from this build (no Demo resource)")
        }
        let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { files.append(url) }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Imports the collection unless the database already has subscriptions (a reused `--home`).
    static func importCollection(into store: NewsStore) async throws {
        let existing = try withStoreErrors { try store.feeds() }
        guard existing.isEmpty else { return }
        let files = try collectionFiles()
        _ = await CollectionImporter(store: store).importFiles(files)
        let imported = try withStoreErrors { try store.feeds() }
        guard !imported.isEmpty else {
            throw CLIError("the demo collection could not be imported")
        }
    }
}
