/// Order statistics of a sample of timings.
struct Percentiles: Codable, Sendable {
    let count: Int
    let min: Double
    let p50: Double
    let p90: Double
    let p99: Double
    let max: Double
    let mean: Double

    /// Nearest-rank percentiles: p99 of 200 samples is the 198th smallest, a value actually observed.
    init(_ samples: [Double]) {
        let sorted = samples.sorted()
        func rank(_ fraction: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let index = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
            return sorted[Swift.max(0, Swift.min(sorted.count - 1, index))]
        }
        count = sorted.count
        min = sorted.first ?? 0
        max = sorted.last ?? 0
        p50 = rank(0.5)
        p90 = rank(0.9)
        p99 = rank(0.99)
        mean = sorted.isEmpty ? 0 : sorted.reduce(0, +) / Double(sorted.count)
    }
}
