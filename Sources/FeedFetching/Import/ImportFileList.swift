import Foundation

/// The files an import covers: named files as given, directories expanded to every regular file
/// beneath them (hidden ones skipped), sorted so that imports are repeatable.
enum ImportFileList {
    static func expand(_ urls: [URL]) -> [URL] {
        urls.flatMap { url -> [URL] in
            let standardized = url.standardizedFileURL
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: standardized.path, isDirectory: &isDirectory),
                isDirectory.boolValue
            else { return [standardized] }
            return files(under: standardized)
        }
    }

    private static func files(under directory: URL) -> [URL] {
        guard
            let walker = FileManager.default.enumerator(
                at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var found: [URL] = []
        for case let url as URL in walker {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                found.append(url.standardizedFileURL)
            }
        }
        return found.sorted { $0.path < $1.path }
    }
}
