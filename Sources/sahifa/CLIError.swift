/// A failure the command line reports as one `sahifa: …` line, with the exit status of DESIGN §4.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    var exitCode: Int32

    init(_ description: String, exitCode: Int32 = 1) {
        self.description = description
        self.exitCode = exitCode
    }

    static func notImplemented(_ command: String) -> CLIError {
        CLIError("'\(command)' is not available in this build")
    }

    /// A mistake in what the user typed (a malformed query, a bad flag value): exit status 2.
    static func usage(_ message: String) -> CLIError { CLIError(message, exitCode: 2) }
}
