import Foundation
import Glibc

/// Waits for bytes on standard input on its own thread, without reading them.
///
/// ncurses is not thread-safe, so only the loop may call `wget_wch`. This thread only `poll`s the
/// file descriptor and wakes the loop, then waits until the loop has read what was there
/// (`rearm`) before polling again, so one burst of typing costs one wake-up.
final class InputWatcher: @unchecked Sendable {
    private let fileDescriptor: Int32
    private let readDone = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var stopped = false
    private var waitingForRead = false

    init(fileDescriptor: Int32 = STDIN_FILENO) {
        self.fileDescriptor = fileDescriptor
    }

    func start(wake: @escaping @Sendable () -> Void) {
        let thread = Thread { [self] in run(wake: wake) }
        thread.name = "sahifa-input"
        thread.start()
    }

    /// Called by the loop after it has read the pending keys.
    func rearm() {
        lock.lock()
        defer { lock.unlock() }
        if waitingForRead {
            waitingForRead = false
            readDone.signal()
        }
    }

    func stop() {
        lock.lock()
        stopped = true
        let wasWaiting = waitingForRead
        waitingForRead = false
        lock.unlock()
        if wasWaiting { readDone.signal() }
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func run(wake: @Sendable () -> Void) {
        while !isStopped {
            var descriptor = pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0)
            // A timeout only so that `stop` is noticed; input itself wakes the poll at once.
            let ready = poll(&descriptor, 1, 250)
            if ready <= 0 { continue }
            let closed = Int32(descriptor.revents) & (POLLHUP | POLLERR | POLLNVAL) != 0
            if closed && Int32(descriptor.revents) & POLLIN == 0 { return }
            lock.lock()
            if stopped {
                lock.unlock()
                return
            }
            waitingForRead = true
            lock.unlock()
            wake()
            readDone.wait()
        }
    }
}
