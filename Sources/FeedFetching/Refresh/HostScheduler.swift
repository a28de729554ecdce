/// Hands out work so that no host gets more than `perHost` requests at once (`--jobs` bounds the
/// total by the number of workers asking).
///
/// A worker asks for the next job whose host has a free slot; if every remaining job is on a busy
/// host it waits, instead of blocking a slot that another host could use. Hosts take turns, so a
/// thousand feeds on one server do not starve the rest.
actor HostScheduler<Job: Sendable> {
    private var queues: [String: [Job]] = [:]
    private var hostOrder: [String] = []
    private var cursor = 0
    private var active: [String: Int] = [:]
    private var remaining: Int
    private var waiters: [CheckedContinuation<(host: String, job: Job)?, Never>] = []
    private let perHost: Int

    init(_ jobs: [(host: String, job: Job)], perHost: Int) {
        self.perHost = max(1, perHost)
        remaining = jobs.count
        for (host, job) in jobs {
            if queues[host] == nil { hostOrder.append(host) }
            queues[host, default: []].append(job)
        }
        // Popping from the end is cheap; keep each host's jobs in their original order.
        for host in hostOrder { queues[host]?.reverse() }
    }

    /// The next job and its host, or nil when every job has been handed out.
    func next() async -> (host: String, job: Job)? {
        if let ready = take() { return ready }
        if remaining == 0 { return nil }
        return await withCheckedContinuation { waiters.append($0) }
    }

    /// Frees the host's slot once its request is done (parsing and storing need no slot).
    func release(_ host: String) {
        active[host, default: 1] -= 1
        while !waiters.isEmpty {
            if let ready = take() {
                waiters.removeFirst().resume(returning: ready)
            } else if remaining == 0 {
                waiters.removeFirst().resume(returning: nil)
            } else {
                return
            }
        }
    }

    private func take() -> (host: String, job: Job)? {
        guard remaining > 0 else { return nil }
        for step in 0..<hostOrder.count {
            let index = (cursor + step) % hostOrder.count
            let host = hostOrder[index]
            guard active[host, default: 0] < perHost, let job = queues[host]?.popLast() else { continue }
            active[host, default: 0] += 1
            remaining -= 1
            cursor = index + 1
            return (host, job)
        }
        return nil
    }
}
