import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension LoopbackHTTPServer {
    /// One received request: method, target path (query split off) and headers with lower-cased names.
    public struct Request: Sendable, Equatable {
        public var method: String
        public var path: String
        public var query: String?
        public var headers: [String: String]

        /// The `Host` header without its port: what the per-host limit of the client is about.
        public var host: String {
            let value = headers["host"] ?? ""
            return value.split(separator: ":").first.map(String.init) ?? value
        }
    }

    /// Serves requests on one connection until the peer closes it, the reply says close, or the server stops.
    func serve(_ socket: Int32) {
        var buffer = Data()
        defer {
            condition.lock()
            openSockets.remove(socket)
            condition.unlock()
            close(socket)
        }
        while let request = readRequest(socket, buffer: &buffer) {
            let reply = begin(request)
            let keepOpen = deliver(reply, for: request, on: socket)
            finish(request)
            if !keepOpen { return }
        }
    }

    private func readRequest(_ socket: Int32, buffer: inout Data) -> Request? {
        let terminator = Data("\r\n\r\n".utf8)
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while buffer.range(of: terminator) == nil {
            let count = recv(socket, &chunk, chunk.count, 0)
            if count <= 0 { return nil }
            buffer.append(contentsOf: chunk[0..<count])
            // A TLS ClientHello (record type 22, version 3.x) on this plain port: answer in plain
            // HTTP, as real servers do, so the client sees a failed handshake.
            if buffer.count >= 2, buffer[buffer.startIndex] == 0x16, buffer[buffer.startIndex + 1] == 0x03 {
                _ = sendAll(Data("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n".utf8), on: socket)
                return nil
            }
        }
        guard let end = buffer.range(of: terminator) else { return nil }
        let head = String(decoding: buffer[buffer.startIndex..<end.lowerBound], as: UTF8.self)
        buffer.removeSubrange(buffer.startIndex..<end.upperBound)
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        guard requestLine.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        // Request bodies are not used by the client under test; drain one if announced.
        if let length = headers["content-length"].flatMap(Int.init), length > 0 {
            while buffer.count < length {
                let count = recv(socket, &chunk, chunk.count, 0)
                if count <= 0 { return nil }
                buffer.append(contentsOf: chunk[0..<count])
            }
            buffer.removeSubrange(buffer.startIndex..<buffer.startIndex + length)
        }
        let target = String(requestLine[1])
        let parts = target.split(separator: "?", maxSplits: 1)
        return Request(
            method: String(requestLine[0]), path: String(parts.first ?? ""),
            query: parts.count > 1 ? String(parts[1]) : nil, headers: headers)
    }

    /// Records the request, counts it as in flight for its host and picks the reply.
    private func begin(_ request: Request) -> Reply {
        condition.lock()
        defer { condition.unlock() }
        log.append(request)
        inFlight[request.host, default: 0] += 1
        started[request.host, default: 0] += 1
        peak[request.host] = max(peak[request.host] ?? 0, inFlight[request.host] ?? 0)
        condition.broadcast()
        guard let handler = routes[request.path] else { return .status(404) }
        return handler(request)
    }

    private func finish(_ request: Request) {
        condition.lock()
        inFlight[request.host, default: 0] -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until the rule of a held reply is met or the server stops.
    private func waitForRelease(_ hold: Reply.Hold, host: String) {
        condition.lock()
        defer { condition.unlock() }
        while !stopped {
            switch hold {
            case .untilStopped:
                break
            case .untilConcurrent(let wanted, let orStarted):
                if (inFlight[host] ?? 0) >= wanted || (started[host] ?? 0) >= orStarted { return }
            }
            condition.wait()
        }
    }

    /// Writes the reply; returns whether the connection stays open for another request.
    private func deliver(_ reply: Reply, for request: Request, on socket: Int32) -> Bool {
        if let hold = reply.hold {
            waitForRelease(hold, host: request.host)
            if case .untilStopped = hold { return false }
        }
        var head = "HTTP/1.1 \(reply.status) \(Reply.reason(for: reply.status))\r\n"
        let declared = reply.declaredLength ?? reply.body.count
        head += "Content-Length: \(declared)\r\n"
        for (name, value) in reply.headers { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        var bytes = Data(head.utf8)
        if request.method != "HEAD" { bytes.append(reply.body) }
        guard sendAll(bytes, on: socket) else { return false }
        // A body shorter than its Content-Length is only noticed by the client when the connection ends.
        return declared == reply.body.count && !reply.closesConnection
    }

    func sendAll(_ data: Data, on socket: Int32) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return true }
            var offset = 0
            while offset < raw.count {
                let sent = send(socket, base + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
                if sent <= 0 { return false }
                offset += sent
            }
            return true
        }
    }
}
