import Foundation

extension LoopbackHTTPServer {
    /// What the server sends for one request, including the faults fetching must survive.
    public struct Reply: Sendable {
        /// When a held reply is sent.
        public enum Hold: Sendable {
            /// Never: the request stays open, unanswered, until the server stops (a hung server).
            case untilStopped
            /// Once `count` requests for the same host are in flight, or `started` have arrived in all.
            case untilConcurrent(Int, orStarted: Int)
        }

        public var status: Int
        public var headers: [(String, String)]
        public var body: Data
        /// A Content-Length larger than the body makes a truncated response (sent, then closed).
        public var declaredLength: Int?
        public var hold: Hold?
        public var closesConnection = false

        public init(status: Int, headers: [(String, String)] = [], body: Data = Data()) {
            self.status = status
            self.headers = headers
            self.body = body
        }

        /// 200 with the given body and content type.
        public static func ok(_ body: String, type: String = "application/rss+xml; charset=utf-8") -> Reply {
            ok(Data(body.utf8), type: type)
        }

        public static func ok(_ body: Data, type: String = "application/rss+xml; charset=utf-8") -> Reply {
            Reply(status: 200, headers: [("Content-Type", type)], body: body)
        }

        /// 200 with the body gzip-compressed and `Content-Encoding: gzip`.
        public static func gzip(_ body: String, type: String = "application/rss+xml; charset=utf-8") -> Reply {
            Reply(
                status: 200, headers: [("Content-Type", type), ("Content-Encoding", "gzip")],
                body: LoopbackHTTPServer.gzip(Data(body.utf8)))
        }

        /// A bare status with a short plain-text body.
        public static func status(_ code: Int) -> Reply {
            Reply(status: code, headers: [("Content-Type", "text/plain")], body: Data("\(code)\n".utf8))
        }

        /// A redirect (301, 302, 307, 308) to `location`.
        public static func redirect(_ code: Int, to location: String) -> Reply {
            Reply(status: code, headers: [("Location", location)])
        }

        /// A request that is never answered until the server stops.
        public static var hang: Reply {
            var reply = Reply(status: 200)
            reply.hold = .untilStopped
            return reply
        }

        /// Announces `declaredLength` bytes, sends `body`, then closes the connection.
        public static func truncated(_ body: String, declaredLength: Int) -> Reply {
            var reply = ok(body)
            reply.declaredLength = declaredLength
            reply.closesConnection = true
            return reply
        }

        /// Serves `body` with validators; answers 304 when the request carries a matching one.
        public static func conditional(
            _ body: String, etag: String?, lastModified: String?, for request: Request
        ) -> Reply {
            let matchesTag = etag != nil && request.headers["if-none-match"] == etag
            let matchesDate = lastModified != nil && request.headers["if-modified-since"] == lastModified
            var validators: [(String, String)] = []
            if let etag { validators.append(("ETag", etag)) }
            if let lastModified { validators.append(("Last-Modified", lastModified)) }
            if matchesTag || matchesDate { return Reply(status: 304, headers: validators) }
            var reply = ok(body)
            reply.headers += validators
            return reply
        }

        /// This reply, held back until the given number of requests for its host are in flight.
        public func held(untilConcurrent count: Int, orStarted total: Int) -> Reply {
            var reply = self
            reply.hold = .untilConcurrent(count, orStarted: total)
            return reply
        }

        static func reason(for status: Int) -> String {
            switch status {
            case 200: "OK"
            case 301: "Moved Permanently"
            case 302: "Found"
            case 304: "Not Modified"
            case 307: "Temporary Redirect"
            case 308: "Permanent Redirect"
            case 404: "Not Found"
            case 500: "Internal Server Error"
            default: "Status"
            }
        }
    }
}
