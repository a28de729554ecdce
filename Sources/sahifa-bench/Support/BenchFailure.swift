/// A benchmark that cannot run (missing binary, a reader that failed): one line for the user.
struct BenchFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
