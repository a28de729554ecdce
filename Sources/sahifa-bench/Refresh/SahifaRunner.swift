import Foundation

/// The built `sahifa` binary run as a child process with a fresh `--home`, exactly as a user or
/// cron would run it.
struct SahifaRunner {
    let binary: String
    let home: URL
    let jobs: Int

    /// A fresh home subscribed to `urlsFile` (the subscription step is not timed).
    func prepare(urlsFile: URL) throws {
        try? FileManager.default.removeItem(at: home)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let outcome = try MeasuredProcess(executable: binary, arguments: ["--home", home.path, "import", "--as", "urls", urlsFile.path]).run()
        guard outcome.exitStatus == 0 else {
            throw BenchFailure("sahifa import of \(urlsFile.path) failed (exit \(outcome.exitStatus)): \(outcome.stderrTail)")
        }
    }

    func refresh(timeout: Double) throws -> MeasuredProcess.Outcome {
        var process = MeasuredProcess(executable: binary, arguments: ["--home", home.path, "refresh", "--jobs", String(jobs)])
        process.timeoutSeconds = timeout
        return try process.run()
    }

    /// Bytes of everything in the home (database, WAL, config): the on-disk cost of the refresh.
    var homeBytes: Int {
        let enumerator = FileManager.default.enumerator(at: home, includingPropertiesForKeys: [.fileSizeKey])
        var total = 0
        while let file = enumerator?.nextObject() as? URL {
            total += (try? file.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        }
        return total
    }

    /// `.build/release/sahifa` next to this benchmark binary, when it exists.
    static func defaultBinary() -> String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("sahifa").path
    }
}
