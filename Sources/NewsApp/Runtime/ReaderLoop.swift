import Foundation
import TerminalUI

/// The reader's event loop (DESIGN §2, aesthetics.md §5.2): the only owner of `AppState` and
/// the terminal. Keys, timer ticks and effect results arrive through the mailbox one at a time;
/// `update` turns each into effects; effects run in tasks and post their results back; only this
/// loop draws.
public final class ReaderLoop<Output: Backend> {
    public private(set) var state: AppState
    public let terminal: Terminal<Output>
    private let input: any InputSource
    private let mailbox: ReaderMailbox
    private let runner: EffectRunner
    private let host: (any ReaderHost)?
    private let tickInterval: Duration?
    private let theme: Theme

    public init(
        output: Output, input: any InputSource, mailbox: ReaderMailbox, services: ReaderServices,
        host: (any ReaderHost)? = nil, state: AppState, tickInterval: Duration? = .seconds(1), theme: Theme = .standard
    ) {
        self.terminal = Terminal(backend: output)
        self.input = input
        self.mailbox = mailbox
        self.runner = EffectRunner(services: services)
        self.host = host
        self.state = state
        self.tickInterval = tickInterval
        self.theme = theme
    }

    /// Runs until the user quits or a signal asks to stop; returns that signal, if any.
    public func run() async -> Int32? {
        let mailbox = self.mailbox
        input.start { mailbox.inputReady() }
        let ticker = tickInterval.map { interval in
            Task {
                while !Task.isCancelled {
                    try? await Task.sleep(for: interval)
                    mailbox.post(.tick(Date()))
                }
            }
        }
        defer {
            ticker?.cancel()
            input.stop()
        }
        state.size = terminal.backend.size()
        perform(state.start())
        draw()
        for await message in mailbox.stream {
            switch message {
            case .inputReady:
                for key in input.readKeys() {
                    let event: Event = key == .resize ? .resize(terminal.backend.size()) : .key(key)
                    perform(state.update(event))
                    if state.isQuitting { break }
                }
            case .event(.tick(let date)):
                let before = (Self.minute(of: state.now), state.status)
                perform(state.update(.tick(date)))
                // Once a second, usually with nothing new to show (dates on screen change by the
                // minute): an idle reader skips the frame entirely.
                if (Self.minute(of: state.now), state.status) == before { continue }
            case .event(let event):
                perform(state.update(event))
            case .terminate(let signal):
                return signal
            }
            if state.isQuitting { return nil }
            draw()
        }
        return nil
    }

    private static func minute(of date: Date) -> Double {
        (date.timeIntervalSinceReferenceDate / 60).rounded(.down)
    }

    /// Draws the current state; only changed cells reach the terminal.
    public func draw() {
        let screen = ReaderScreen(state: state, theme: theme)
        terminal.draw { buffer in screen.render(into: &buffer, area: buffer.area) }
    }

    private func perform(_ effects: [Effect]) {
        for effect in effects {
            switch effect {
            case .quit:
                state.isQuitting = true
            case .openLink(let url):
                state.status = host?.openLink(url) ?? StatusMessage("Cannot open links here", kind: .error)
                // A text-mode browser may have used the screen: repaint everything.
                terminal.invalidate()
            case .copyLink(let url):
                state.status = host?.copyLink(url) ?? StatusMessage("Cannot copy here", kind: .error)
            default:
                let runner = self.runner
                let mailbox = self.mailbox
                Task { await runner.perform(effect) { mailbox.post($0) } }
            }
        }
    }
}
