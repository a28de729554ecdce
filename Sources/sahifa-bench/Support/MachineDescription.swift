import Foundation
import Glibc

/// The machine a run happened on, recorded next to every figure: numbers mean little without it.
struct MachineDescription: Codable, Sendable {
    let cores: Int
    let cpuModel: String
    let memoryMB: Int
    let kernel: String
    let date: String
    /// 1-minute load average when the report was written: above the core count, other work shared
    /// the CPUs with the benchmark and its figures are pessimistic.
    let loadAverage: Double

    static func current() -> MachineDescription {
        var name = utsname()
        uname(&name)
        let release = withUnsafeBytes(of: &name.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let pages = sysconf(Int32(_SC_PHYS_PAGES))
        let pageSize = sysconf(Int32(_SC_PAGESIZE))
        return MachineDescription(
            cores: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))), cpuModel: model,
            memoryMB: pages * pageSize / 1_048_576, kernel: "Linux \(release)",
            date: ISO8601DateFormatter().string(from: Date()), loadAverage: oneMinuteLoad())
    }

    var oneLine: String {
        "\(cores) cores, \(cpuModel), \(memoryMB) MB RAM, \(kernel), \(date), load average \(Format.number(loadAverage))"
    }

    private static func oneMinuteLoad() -> Double {
        var loads = [Double](repeating: 0, count: 3)
        return getloadavg(&loads, 3) > 0 ? loads[0] : 0
    }
}
