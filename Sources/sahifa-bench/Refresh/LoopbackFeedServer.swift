import Foundation
import Glibc
import Synchronization

/// An HTTP/1.1 server on 127.0.0.1 that serves the corpus from memory with conditional GET.
///
/// Written for the refresh benchmark: one thread per connection (clients open at most a few
/// dozen), keep-alive, `TCP_NODELAY` (Nagle plus delayed ACKs would add ~40 ms per response),
/// `ETag`/`If-None-Match` and `Last-Modified`/`If-Modified-Since` → 304 (RFC 9110 §13.1), and a
/// bounded lifetime so a forgotten server never outlives its run.
final class LoopbackFeedServer: Sendable {
    enum Failure: Error, CustomStringConvertible {
        case socket(String)
        var description: String {
            switch self {
            case .socket(let message): "loopback server: \(message)"
            }
        }
    }

    private struct State {
        var statistics = ServerStatistics()
        var openConnections: Set<Int32> = []
        var stopped = false
    }

    let port: UInt16
    private let listener: Int32
    private let files: [String: ServedFile]
    private let deadline: UInt64
    private let state = Mutex(State())

    /// Binds to 127.0.0.1 on an ephemeral port and starts accepting; stops by itself after `lifetime` seconds.
    init(files: [String: ServedFile], lifetime: Double) throws(Failure) {
        self.files = files
        deadline = MonotonicClock.nanoseconds() + UInt64(lifetime * 1e9)
        let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard socketDescriptor >= 0 else { throw .socket("socket: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        setsockopt(socketDescriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(socketDescriptor, 1024) == 0 else {
            let message = String(cString: strerror(errno))
            close(socketDescriptor)
            throw .socket("bind/listen on 127.0.0.1: \(message)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { _ = getsockname(socketDescriptor, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        listener = socketDescriptor
        let thread = Thread { [self] in acceptLoop() }
        thread.name = "loopback-accept"
        thread.start()
    }

    var baseURL: String { "http://127.0.0.1:\(port)/" }

    var statistics: ServerStatistics { state.withLock { $0.statistics } }

    func resetStatistics() { state.withLock { $0.statistics = ServerStatistics() } }

    /// Stops accepting and closes every open connection.
    func stop() {
        let connections = state.withLock { state -> Set<Int32> in
            guard !state.stopped else { return [] }
            state.stopped = true
            return state.openConnections
        }
        for connection in connections { shutdown(connection, Int32(SHUT_RDWR)) }
    }

    private var isStopped: Bool { state.withLock { $0.stopped } || MonotonicClock.nanoseconds() > deadline }

    private func acceptLoop() {
        defer { close(listener) }
        while !isStopped {
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { continue }
            _ = fcntl(connection, F_SETFD, FD_CLOEXEC)
            var yes: Int32 = 1
            setsockopt(connection, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
            var idle = timeval(tv_sec: 5, tv_usec: 0)
            setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &idle, socklen_t(MemoryLayout<timeval>.size))
            state.withLock {
                $0.openConnections.insert(connection)
                $0.statistics.connections += 1
            }
            let worker = Thread { [self] in serve(connection) }
            worker.stackSize = 256 * 1024
            worker.start()
        }
        stop()
    }

    /// Answers requests on one connection until the client closes it, asks to, or goes idle.
    private func serve(_ connection: Int32) {
        defer {
            _ = state.withLock { $0.openConnections.remove(connection) }
            close(connection)
        }
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while !isStopped {
            guard let end = Self.headEnd(in: buffer) else {
                let count = chunk.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
                guard count > 0, buffer.count < 65_536 else { return }
                buffer.append(contentsOf: chunk[0..<count])
                continue
            }
            let head = HTTPRequestHead(buffer[..<end])
            buffer.removeSubrange(..<(end + 4))
            let response = respond(to: head)
            guard Self.sendAll(response.bytes, on: connection), response.keepAlive else { return }
        }
    }

    private func respond(to head: HTTPRequestHead?) -> (bytes: [UInt8], keepAlive: Bool) {
        guard let head, head.method == "GET" || head.method == "HEAD" else {
            record { $0.badRequests += 1 }
            return (Self.response(status: "400 Bad Request", headers: [], body: Data("bad request\n".utf8), keepAlive: false), false)
        }
        let path = head.path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? head.path
        guard let file = files[path] else {
            record { $0.notFound += 1 }
            return (Self.response(status: "404 Not Found", headers: [], body: Data("not found\n".utf8), keepAlive: head.keepsAlive), head.keepsAlive)
        }
        let validators = ["ETag: \(file.entityTag)", "Last-Modified: \(file.lastModified)"]
        if Self.isNotModified(file, head) {
            record { $0.notModified += 1 }
            return (Self.response(status: "304 Not Modified", headers: validators, body: nil, keepAlive: head.keepsAlive), head.keepsAlive)
        }
        let body = head.method == "HEAD" ? nil : file.body
        record {
            $0.ok += 1
            $0.bytesSent += body?.count ?? 0
        }
        let headers = validators + ["Content-Type: \(file.contentType)", "Content-Length: \(file.body.count)"]
        return (Self.response(status: "200 OK", headers: headers, body: body, keepAlive: head.keepsAlive), head.keepsAlive)
    }

    private func record(_ change: (inout ServerStatistics) -> Void) {
        state.withLock {
            $0.statistics.requests += 1
            change(&$0.statistics)
        }
    }

    /// RFC 9110 §13.1.2 and §13.1.3: `If-None-Match` decides when present; else `If-Modified-Since`.
    private static func isNotModified(_ file: ServedFile, _ head: HTTPRequestHead) -> Bool {
        if let tags = head.headers["if-none-match"] {
            return tags.split(separator: ",").contains {
                let tag = $0.trimmingCharacters(in: .whitespaces)
                return tag == "*" || tag == file.entityTag || tag == "W/" + file.entityTag
            }
        }
        if let since = head.headers["if-modified-since"].flatMap(HTTPDate.parse) {
            return file.lastModifiedSeconds <= since
        }
        return false
    }

    private static func response(status: String, headers: [String], body: Data?, keepAlive: Bool) -> [UInt8] {
        var head = "HTTP/1.1 \(status)\r\nServer: sahifa-bench\r\nDate: \(HTTPDate.format(Int(time(nil))))\r\n"
        for header in headers { head += header + "\r\n" }
        if body != nil, !headers.contains(where: { $0.hasPrefix("Content-Length") }) { head += "Content-Length: \(body?.count ?? 0)\r\n" }
        head += keepAlive ? "\r\n" : "Connection: close\r\n\r\n"
        var bytes = Array(head.utf8)
        if let body { bytes.append(contentsOf: body) }
        return bytes
    }

    private static func headEnd(in buffer: [UInt8]) -> Int? {
        guard buffer.count >= 4 else { return nil }
        for index in 0...(buffer.count - 4)
        where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
            return index
        }
        return nil
    }

    private static func sendAll(_ bytes: [UInt8], on connection: Int32) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let sent = send(connection, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                guard sent > 0 else { return false }
                offset += sent
            }
            return true
        }
    }
}
