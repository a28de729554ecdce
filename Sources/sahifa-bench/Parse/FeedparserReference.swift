import Foundation

/// Python's feedparser on the same files, as the reference issue 3 §10 compares against.
///
/// It runs only when `python3 -c "import feedparser"` works; the project never depends on it.
/// feedparser 6.0 reads no JSON Feed, so it is given the XML files only.
enum FeedparserReference {
    struct Result: Codable, Sendable {
        let version: String
        let files: Int
        let bytes: Int
        let items: Int
        let seconds: Double
        var megabytesPerSecond: Double { Double(bytes) / 1_048_576 / seconds }
        var itemsPerSecond: Double { Double(items) / seconds }
    }

    /// The measuring script: reads every file first, then times `feedparser.parse` alone.
    private static let script = """
        import json, sys, time
        import feedparser
        repeats = int(sys.argv[1])
        blobs = [open(path, "rb").read() for path in sys.argv[2:]]
        best = None
        for _ in range(repeats):
            start = time.perf_counter()
            items = sum(len(feedparser.parse(blob).entries) for blob in blobs)
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
        print(json.dumps({"version": feedparser.__version__, "files": len(blobs),
                          "bytes": sum(len(b) for b in blobs), "items": items, "seconds": best}))
        """

    static var isInstalled: Bool {
        (try? MeasuredProcess(executable: "/usr/bin/env", arguments: ["python3", "-c", "import feedparser"]).run().exitStatus) == 0
    }

    static func measure(files: [String], repeats: Int) throws -> Result {
        let scriptURL = FileManager.default.temporaryDirectory.appendingPathComponent("sahifa-bench-feedparser-\(getpid()).py")
        try script.write(to: scriptURL, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: scriptURL) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", scriptURL.path, String(repeats)] + files
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchFailure("feedparser run failed (exit \(process.terminationStatus))") }
        return try JSONDecoder().decode(Result.self, from: data)
    }
}
