import ArgumentParser

struct VacuumCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "vacuum", abstract: "Compact the database.")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        _ = try global.dataPaths()
        throw CLIError.notImplemented("vacuum")
    }
}
