import Dispatch
import Glibc

/// Turns signals into calls on a dispatch queue (DispatchSource), so nothing runs inside a C
/// signal handler and the loop decides when to touch the terminal.
final class SignalWatcher {
    private var sources: [(signal: Int32, source: any DispatchSourceSignal)] = []

    init(_ signals: [Int32], handler: @escaping @Sendable (Int32) -> Void) {
        for number in signals {
            // The default action (terminate, or ncurses' own SIGWINCH handler) must not run as well.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { handler(number) }
            source.resume()
            sources.append((number, source))
        }
    }

    /// Stops watching and gives the signals their default behaviour back.
    func cancel() {
        for (number, source) in sources {
            source.cancel()
            signal(number, SIG_DFL)
        }
        sources = []
    }
}
