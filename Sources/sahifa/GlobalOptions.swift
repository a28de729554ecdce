import ArgumentParser

/// Options every command accepts, before or after the command name.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Keep the database, configuration and log under DIR (default: XDG directories, or $SAHIFA_HOME).")
    var home: String?
}
