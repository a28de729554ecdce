/// Repeats a measured body enough times for stable order statistics without running for ever.
enum Sampler {
    /// Seconds per run of `body`, after `warmUp` unmeasured runs; at least `minRuns` runs and,
    /// time permitting, until `minSeconds` of samples (never more than `maxRuns`).
    static func sample(warmUp: Int = 2, minRuns: Int = 20, maxRuns: Int = 1_000, minSeconds: Double = 1, _ body: () throws -> Void) rethrows -> [Double] {
        for _ in 0..<warmUp { try body() }
        var samples: [Double] = []
        var total = 0.0
        while samples.count < minRuns || (total < minSeconds && samples.count < maxRuns) {
            let start = MonotonicClock.nanoseconds()
            try body()
            let seconds = Double(MonotonicClock.nanoseconds() - start) / 1e9
            samples.append(seconds)
            total += seconds
        }
        return samples
    }
}
