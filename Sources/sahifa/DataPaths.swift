import Foundation

/// Where sahifa keeps its database, configuration and log (DESIGN §3).
struct DataPaths: Equatable {
    var database: URL
    var config: URL
    var stateDirectory: URL

    /// `--home DIR`, else `$SAHIFA_HOME`, else the XDG base directories.
    ///
    /// An explicit home must already exist and be writable: a typo must not silently start an empty
    /// collection somewhere else. XDG directories are created on demand.
    static func resolve(home: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> DataPaths
    {
        if let home = home ?? environment["SAHIFA_HOME"].flatMap({ $0.isEmpty ? nil : $0 }) {
            let url = URL(fileURLWithPath: home, isDirectory: true).standardizedFileURL
            try checkUsableDirectory(url, named: home)
            return DataPaths(
                database: url.appendingPathComponent("sahifa.db"),
                config: url.appendingPathComponent("config.toml"),
                stateDirectory: url)
        }
        let userHome = environment["HOME"].map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        func xdg(_ variable: String, _ fallback: String) -> URL {
            if let value = environment[variable], value.hasPrefix("/") {
                return URL(fileURLWithPath: value, isDirectory: true)
            }
            return userHome.appendingPathComponent(fallback, isDirectory: true)
        }
        let data = xdg("XDG_DATA_HOME", ".local/share").appendingPathComponent("sahifa", isDirectory: true)
        let config = xdg("XDG_CONFIG_HOME", ".config").appendingPathComponent("sahifa", isDirectory: true)
        let state = xdg("XDG_STATE_HOME", ".local/state").appendingPathComponent("sahifa", isDirectory: true)
        for directory in [data, state] {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw CLIError("cannot create \(directory.path): \(error.localizedDescription)")
            }
        }
        return DataPaths(
            database: data.appendingPathComponent("sahifa.db"),
            config: config.appendingPathComponent("config.toml"),
            stateDirectory: state)
    }

    private static func checkUsableDirectory(_ url: URL, named name: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw CLIError("home directory \(name) does not exist; create it or choose another with --home")
        }
        guard isDirectory.boolValue else {
            throw CLIError("home \(name) is not a directory")
        }
        guard FileManager.default.isReadableFile(atPath: url.path),
            FileManager.default.isWritableFile(atPath: url.path)
        else {
            throw CLIError("home directory \(name) is not readable and writable by this user")
        }
    }
}

extension GlobalOptions {
    func dataPaths() throws -> DataPaths { try DataPaths.resolve(home: home) }
}
