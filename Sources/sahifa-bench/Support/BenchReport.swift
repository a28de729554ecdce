import Foundation

/// What one benchmark run writes with `--json`: the figures plus everything needed to judge them.
struct BenchReport<Results: Encodable & Sendable>: Encodable, Sendable {
    let benchmark: String
    let command: String
    let machine: MachineDescription
    let results: Results
    let goals: [GoalCheck]

    init(benchmark: String, results: Results, goals: [GoalCheck]) {
        self.benchmark = benchmark
        self.command = CommandLine.arguments.joined(separator: " ")
        self.machine = .current()
        self.results = results
        self.goals = goals
    }

    /// Prints the goal lines and, when `path` is set, writes the report as pretty JSON.
    func finish(jsonPath path: String?) throws {
        print("machine: \(machine.oneLine)")
        for goal in goals { print(goal.line) }
        guard let path else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path))
        print("wrote \(path)")
    }
}
