import Foundation
import TerminalUI
import Testing

@testable import NewsApp

@Suite struct ReaderLoopTests {
    private func makeLoop(
        keys: [Key], mailbox: ReaderMailbox, now: Date = ReaderFixtures.now
    ) -> (ReaderLoop<TestBackend>, TestBackend) {
        let backend = TestBackend(size: Size(width: 80, height: 24))
        let services = ReaderServices(library: FakeLibrary(), makeDocument: { _ in ReaderFixtures.englishDocument })
        let state = AppState(size: .zero, settings: ReaderFixtures.settings, now: now)
        let loop = ReaderLoop(
            output: backend, input: ScriptedInput(keys), mailbox: mailbox, services: services, state: state,
            tickInterval: nil)
        return (loop, backend)
    }

    @Test func drawsAndQuitsOnCapitalQ() async {
        let (loop, backend) = makeLoop(keys: [.character("Q")], mailbox: ReaderMailbox())
        let signal = await loop.run()
        #expect(signal == nil)
        #expect(loop.state.isQuitting)
        #expect(backend.buffer.textLines()[0].contains("sahifa"))
        #expect(loop.state.size == Size(width: 80, height: 24))
    }

    @Test func aSignalEndsTheLoopAndIsReported() async {
        let mailbox = ReaderMailbox()
        let (loop, _) = makeLoop(keys: [], mailbox: mailbox)
        mailbox.terminate(signal: 15)
        #expect(await loop.run() == 15)
    }

    /// Ticks arrive every second; within the same minute they change nothing on screen, so an
    /// idle reader sends no frame at all. The next minute redraws (relative dates may change).
    @Test func ticksWithinAMinuteDrawNothing() async {
        let minute = Date(timeIntervalSinceReferenceDate: 60 * 13_000_000)
        let mailbox = ReaderMailbox()
        let (loop, backend) = makeLoop(keys: [], mailbox: mailbox, now: minute)
        for second in 1...5 { mailbox.post(.tick(minute.addingTimeInterval(Double(second)))) }
        mailbox.terminate(signal: 15)
        _ = await loop.run()
        #expect(backend.flushCount == 1)

        let nextMailbox = ReaderMailbox()
        let (next, nextBackend) = makeLoop(keys: [], mailbox: nextMailbox, now: minute)
        nextMailbox.post(.tick(minute.addingTimeInterval(61)))
        nextMailbox.terminate(signal: 15)
        _ = await next.run()
        #expect(nextBackend.flushCount == 2)
    }

    @Test func resizeKeyReadsTheNewSize() async {
        let mailbox = ReaderMailbox()
        let (loop, backend) = makeLoop(keys: [], mailbox: mailbox)
        backend.resize(to: Size(width: 50, height: 14))
        let input = ScriptedInput([.resize, .character("Q")])
        let services = ReaderServices(library: FakeLibrary(), makeDocument: { _ in ReaderFixtures.englishDocument })
        let resizing = ReaderLoop(
            output: backend, input: input, mailbox: mailbox, services: services,
            state: AppState(size: .zero, settings: ReaderFixtures.settings), tickInterval: nil)
        _ = loop
        _ = await resizing.run()
        #expect(resizing.state.size == Size(width: 50, height: 14))
    }
}
