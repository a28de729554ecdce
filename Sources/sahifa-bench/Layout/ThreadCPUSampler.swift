import Glibc

/// Like `Sampler`, but each run is timed by the calling thread's CPU clock. Layout is pure
/// computation on one thread, so its CPU time is its cost; on a machine shared with builds the
/// wall clock also counts the time the thread waited for a core, which swamps the upper
/// percentiles.
enum ThreadCPUSampler {
    static func sample(warmUp: Int = 2, minRuns: Int, maxRuns: Int = 1_000, minSeconds: Double, _ body: () -> Void) -> [Double] {
        for _ in 0..<warmUp { body() }
        var samples: [Double] = []
        var total = 0.0
        while samples.count < minRuns || (total < minSeconds && samples.count < maxRuns) {
            let start = threadSeconds()
            body()
            let seconds = threadSeconds() - start
            samples.append(seconds)
            total += seconds
        }
        return samples
    }

    private static func threadSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
