import Glibc

/// Nanoseconds from CLOCK_MONOTONIC: immune to wall-clock adjustments during a run.
enum MonotonicClock {
    static func nanoseconds() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }

    /// Seconds taken by `body`, with its result.
    static func measure<T>(_ body: () throws -> T) rethrows -> (seconds: Double, value: T) {
        let start = nanoseconds()
        let value = try body()
        return (Double(nanoseconds() - start) / 1e9, value)
    }

    /// CPU seconds (user + system) this process has used so far, all threads included.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func seconds(_ value: timeval) -> Double { Double(value.tv_sec) + Double(value.tv_usec) / 1e6 }
}
