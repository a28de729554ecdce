import Foundation
import Glibc

/// The machine a run happened on, recorded next to every figure: numbers mean little without it.
struct MachineDescription: Codable, Sendable {
    let cores: Int
    let cpuModel: String
    let memoryMB: Int
    let kernel: String
    let date: String

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
            date: ISO8601DateFormatter().string(from: Date()))
    }

    var oneLine: String { "\(cores) cores, \(cpuModel), \(memoryMB) MB RAM, \(kernel), \(date)" }
}
