import FeedFetching
import Foundation
import SahifaConfiguration

extension DataPaths {
    /// The settings of `config.toml`; a broken file stops the command with one line naming the
    /// file and the line or setting to fix, rather than running with half of it.
    func configuration() throws -> ConfigurationFile {
        do {
            return try ConfigurationFile.load(from: config)
        } catch {
            throw CLIError(error.description)
        }
    }
}

extension ConfigurationFile {
    /// Refresh options: the command line's where given, else the file's, else the defaults.
    func refreshOptions(jobs: Int? = nil, timeout: Double? = nil) -> RefreshOptions {
        let defaults = RefreshOptions()
        return RefreshOptions(
            jobs: jobs ?? self.jobs ?? defaults.jobs, perHost: perHost ?? defaults.perHost,
            timeout: timeout ?? self.timeout ?? defaults.timeout, userAgent: "sahifa/\(SahifaVersion.current)")
    }
}
