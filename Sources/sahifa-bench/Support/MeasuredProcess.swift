import Foundation
import Synchronization

/// Runs a command as a child process under `/usr/bin/time` and reports wall time and peak RSS.
///
/// Why `time` and not `wait4` on our own child: Linux carries a process's RSS high-water mark
/// across `exec`, so a child forked from this process (which holds the served corpus in memory)
/// would report at least our own size. `time` is small, and its child starts from `time`'s
/// footprint, so the figure it prints is the measured program's own.
struct MeasuredProcess {
    struct Outcome: Codable, Sendable {
        let command: String
        let exitStatus: Int32
        let wallSeconds: Double
        let peakRSSKB: Int
        let userSeconds: Double
        let systemSeconds: Double
        /// CPU used by this process meanwhile (the loopback server), to show it stayed small.
        let serverCPUSeconds: Double
        let stderrTail: String

        var peakRSSMB: Double { Double(peakRSSKB) / 1024 }
    }

    let executable: String
    let arguments: [String]
    var environment: [String: String] = ProcessInfo.processInfo.environment
    var workingDirectory: String?
    var timeoutSeconds: Double = 900

    func run() throws -> Outcome {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sahifa-bench-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let timeFile = scratch.appendingPathComponent("time").path
        let stdoutFile = scratch.appendingPathComponent("stdout")
        let stderrFile = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutFile.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrFile.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%e %M %U %S", "-o", timeFile, "--", executable] + arguments
        process.environment = environment
        if let workingDirectory { process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory) }
        process.standardOutput = try FileHandle(forWritingTo: stdoutFile)
        process.standardError = try FileHandle(forWritingTo: stderrFile)
        process.standardInput = FileHandle.nullDevice

        let finished = DispatchSemaphore(value: 0)
        let end = Mutex<UInt64>(0)
        process.terminationHandler = { _ in
            end.withLock { $0 = MonotonicClock.nanoseconds() }
            finished.signal()
        }
        let cpuBefore = MonotonicClock.processCPUSeconds()
        let start = MonotonicClock.nanoseconds()
        try process.run()
        if finished.wait(timeout: .now() + timeoutSeconds) == .timedOut {
            process.terminate()
            finished.wait()
        }
        let wall = Double(end.withLock { $0 } - start) / 1e9
        let serverCPU = MonotonicClock.processCPUSeconds() - cpuBefore

        let fields = ((try? String(contentsOfFile: timeFile, encoding: .utf8)) ?? "")
            .split(separator: "\n").last { $0.split(separator: " ").count == 4 }?.split(separator: " ") ?? []
        let stderrText = (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? ""
        return Outcome(
            command: ([executable] + arguments).joined(separator: " "),
            exitStatus: process.terminationStatus,
            wallSeconds: wall,
            peakRSSKB: fields.count == 4 ? Int(fields[1]) ?? 0 : 0,
            userSeconds: fields.count == 4 ? Double(fields[2]) ?? 0 : 0,
            systemSeconds: fields.count == 4 ? Double(fields[3]) ?? 0 : 0,
            serverCPUSeconds: serverCPU,
            stderrTail: String(stderrText.suffix(600)))
    }
}
