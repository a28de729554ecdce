import Testing

@testable import FeedFetching

/// The per-host limit without a network: which job each worker gets, and when it has to wait.
@Suite struct HostSchedulerTests {
    @Test func hostsTakeTurnsAndABusyHostDoesNotBlockOthers() async {
        let scheduler = HostScheduler(
            [("a", 1), ("a", 2), ("a", 3), ("b", 4), ("c", 5)], perHost: 1)
        var handed: [Int] = []
        for _ in 0..<3 {
            if let next = await scheduler.next() { handed.append(next.job) }
        }
        #expect(handed == [1, 4, 5])
        await scheduler.release("a")
        #expect(await scheduler.next()?.job == 2)
    }

    @Test func waitingWorkerGetsTheFreedSlotThenEveryoneFinishes() async {
        let scheduler = HostScheduler([("a", 1), ("a", 2)], perHost: 1)
        #expect(await scheduler.next()?.job == 1)
        async let waiting = scheduler.next()
        async let idle = scheduler.next()
        await scheduler.release("a")
        let second = await waiting
        let third = await idle
        #expect(Set([second?.job, third?.job]) == [2, nil])
        await scheduler.release("a")
        #expect(await scheduler.next() == nil)
    }

    @Test func emptySchedulerEndsAtOnce() async {
        let scheduler = HostScheduler<Int>([], perHost: 2)
        #expect(await scheduler.next() == nil)
    }
}
