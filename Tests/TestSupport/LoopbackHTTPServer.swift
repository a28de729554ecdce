import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A small real HTTP/1.1 server on 127.0.0.1 for fetching tests: the client under test talks to it
/// over a real socket, so timeouts, keep-alive, redirects and truncated bodies behave as on the network.
///
/// Each test creates its own server on an ephemeral port, scripts its routes, and calls `stop()`
/// (which also releases every request held open by `.hang`). One thread accepts, one thread per
/// connection serves requests in order (keep-alive).
public final class LoopbackHTTPServer: @unchecked Sendable {
    public typealias Handler = @Sendable (Request) -> Reply

    /// The port the kernel chose.
    public let port: Int
    let listener: Int32
    /// Guards every mutable field below; also signalled to release held requests.
    let condition = NSCondition()
    var routes: [String: Handler] = [:]
    var log: [Request] = []
    var openSockets: Set<Int32> = []
    var inFlight: [String: Int] = [:]
    var started: [String: Int] = [:]
    var peak: [String: Int] = [:]
    var stopped = false

    /// Binds 127.0.0.1 on an ephemeral port and starts accepting.
    public init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerError.socket(errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 256) == 0 else {
            let code = errno
            close(fd)
            throw ServerError.socket(code)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "loopback-accept"
        thread.start()
    }

    deinit { stop() }

    public enum ServerError: Error, Equatable {
        case socket(Int32)
    }

    /// `http://127.0.0.1:PORT/path`, or with another host name that resolves to the loopback address.
    public func url(_ path: String, host: String = "127.0.0.1") -> URL {
        URL(string: "http://\(host):\(port)\(path.hasPrefix("/") ? path : "/" + path)")!
    }

    /// Answers requests for `path` (the request target without its query) with `handler`.
    public func route(_ path: String, _ handler: @escaping Handler) {
        condition.lock()
        routes[path] = handler
        condition.unlock()
    }

    /// Answers every request for `path` with the same reply.
    public func route(_ path: String, reply: Reply) {
        route(path) { _ in reply }
    }

    /// Closes the listener and every connection, releasing held and hanging requests.
    public func stop() {
        condition.lock()
        if stopped {
            condition.unlock()
            return
        }
        stopped = true
        let sockets = openSockets
        condition.broadcast()
        condition.unlock()
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for socket in sockets { shutdown(socket, Int32(SHUT_RDWR)) }
    }

    /// Every request received so far, in arrival order.
    public var requests: [Request] {
        condition.lock()
        defer { condition.unlock() }
        return log
    }

    /// The requests received for one path.
    public func requests(for path: String) -> [Request] {
        requests.filter { $0.path == path }
    }

    /// The most requests for one `Host` that were being served at the same moment.
    public func peakConcurrency(host: String) -> Int {
        condition.lock()
        defer { condition.unlock() }
        return peak[host] ?? 0
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            var yes: Int32 = 1
            setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
            condition.lock()
            if stopped {
                condition.unlock()
                close(client)
                return
            }
            openSockets.insert(client)
            condition.unlock()
            let thread = Thread { [self] in serve(client) }
            thread.name = "loopback-connection"
            thread.start()
        }
    }
}
