import Foundation

/// `newsboat -x reload` in a private directory: its own urls, config, cache and XDG homes, so the
/// user's newsboat setup is neither read nor touched.
struct NewsboatRunner {
    let directory: URL
    let jobs: Int

    /// Writes the urls file and a config with `reload-threads` equal to sahifa's `--jobs`.
    func prepare(urls: String) throws {
        try? FileManager.default.removeItem(at: directory)
        for sub in ["home", "home/.config", "home/.local/share", "home/.cache"] {
            try FileManager.default.createDirectory(at: directory.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        try urls.write(to: directory.appendingPathComponent("urls"), atomically: true, encoding: .utf8)
        let config = """
            reload-threads \(jobs)
            download-timeout 60
            show-read-feeds yes
            error-log \(directory.appendingPathComponent("error.log").path)

            """
        try config.write(to: directory.appendingPathComponent("config"), atomically: true, encoding: .utf8)
    }

    func reload(timeout: Double) throws -> MeasuredProcess.Outcome {
        var environment = ProcessInfo.processInfo.environment
        let home = directory.appendingPathComponent("home").path
        environment["HOME"] = home
        environment["XDG_CONFIG_HOME"] = home + "/.config"
        environment["XDG_DATA_HOME"] = home + "/.local/share"
        environment["XDG_CACHE_HOME"] = home + "/.cache"
        var process = MeasuredProcess(
            executable: "/usr/bin/newsboat", arguments: ["-x", "reload", "-u", "urls", "-c", "cache.db", "-C", "config"],
            environment: environment, workingDirectory: directory.path)
        process.timeoutSeconds = timeout
        return try process.run()
    }

    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/newsboat") }
}
