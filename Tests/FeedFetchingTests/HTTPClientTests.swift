import Foundation
import TestSupport
import Testing

@testable import FeedFetching

/// The transport against a real HTTP/1.1 server on 127.0.0.1: each fault maps to its own error.
@Suite struct HTTPClientTests {
    let feed = "<rss version=\"2.0\"><channel><title>T</title></channel></rss>"

    func withClient(
        _ options: RefreshOptions = RefreshOptions(timeout: 5),
        _ body: (LoopbackHTTPServer, FeedLoader) async throws -> Void
    ) async throws {
        let server = try LoopbackHTTPServer()
        let client = HTTPClient(options: options)
        defer {
            client.invalidate()
            server.stop()
        }
        try await body(server, FeedLoader(client: client))
    }

    @Test func okReturnsBodyValidatorsAndUserAgent() async throws {
        try await withClient { server, loader in
            server.route("/f") { request in .conditional(feed, etag: "\"v1\"", lastModified: nil, for: request) }
            let response = try await loader.load(server.url("/f"), validators: .none)
            #expect(response.status == 200)
            #expect(response.body == Data(feed.utf8))
            #expect(response.etag == "\"v1\"")
            #expect(response.charset == "utf-8")
            #expect(server.requests(for: "/f").first?.headers["user-agent"] == RefreshOptions.defaultUserAgent)
        }
    }

    @Test func validatorsAreSentAndNotModifiedIsAResult() async throws {
        try await withClient { server, loader in
            let date = "Tue, 21 May 2024 10:00:00 GMT"
            server.route("/f") { request in .conditional(feed, etag: "\"v1\"", lastModified: date, for: request) }
            let response = try await loader.load(
                server.url("/f"), validators: Validators(etag: "\"v1\"", lastModified: date))
            #expect(response.isNotModified)
            #expect(response.body.isEmpty)
            let headers = server.requests(for: "/f").first?.headers
            #expect(headers?["if-none-match"] == "\"v1\"")
            #expect(headers?["if-modified-since"] == date)
        }
    }

    @Test func gzipBodyIsDecoded() async throws {
        try await withClient { server, loader in
            server.route("/g", reply: .gzip(feed))
            let response = try await loader.load(server.url("/g"), validators: .none)
            #expect(response.body == Data(feed.utf8))
        }
    }

    @Test(arguments: [301, 302, 307, 308])
    func redirectIsFollowedAndOnlyPermanentOnesMoveTheFeed(status: Int) async throws {
        try await withClient { server, loader in
            server.route("/old", reply: .redirect(status, to: server.url("/new").absoluteString))
            server.route("/new", reply: .ok(feed))
            let response = try await loader.load(server.url("/old"), validators: .none)
            #expect(response.body == Data(feed.utf8))
            #expect(response.movedTo == (status == 301 || status == 308 ? server.url("/new") : nil))
        }
    }

    @Test func redirectLoopIsAnError() async throws {
        try await withClient { server, loader in
            server.route("/a", reply: .redirect(302, to: "/b"))
            server.route("/b", reply: .redirect(302, to: "/a"))
            await #expect(throws: RefreshError.redirectLoop(url: server.url("/a").absoluteString)) {
                try await loader.load(server.url("/a"), validators: .none)
            }
        }
    }

    @Test func moreThanFiveRedirectsIsAnError() async throws {
        try await withClient { server, loader in
            for hop in 0..<7 { server.route("/r\(hop)", reply: .redirect(301, to: "/r\(hop + 1)")) }
            server.route("/r7", reply: .ok(feed))
            await #expect(throws: RefreshError.tooManyRedirects(url: server.url("/r0").absoluteString, limit: 5)) {
                try await loader.load(server.url("/r0"), validators: .none)
            }
        }
    }

    @Test(arguments: [404, 410, 500, 503])
    func httpErrorStatusIsNamed(status: Int) async throws {
        try await withClient { server, loader in
            server.route("/e", reply: .status(status))
            await #expect(throws: RefreshError.httpStatus(url: server.url("/e").absoluteString, status: status)) {
                try await loader.load(server.url("/e"), validators: .none)
            }
        }
    }

    @Test func hangingServerIsBoundedByTheTimeout() async throws {
        try await withClient(RefreshOptions(timeout: 0.5)) { server, loader in
            server.route("/hang", reply: .hang)
            await #expect(throws: RefreshError.timedOut(url: server.url("/hang").absoluteString, seconds: 0.5)) {
                try await loader.load(server.url("/hang"), validators: .none)
            }
        }
    }

    @Test func truncatedBodyIsAnError() async throws {
        try await withClient { server, loader in
            server.route("/t", reply: .truncated(feed, declaredLength: 10_000))
            await #expect(throws: RefreshError.truncated(url: server.url("/t").absoluteString)) {
                try await loader.load(server.url("/t"), validators: .none)
            }
        }
    }

    @Test func oversizedBodyIsStoppedAtTheCap() async throws {
        try await withClient(RefreshOptions(timeout: 5, maxBytes: 4096)) { server, loader in
            server.route("/big", reply: .ok(String(repeating: "x", count: 100_000)))
            await #expect(throws: RefreshError.tooLarge(url: server.url("/big").absoluteString, limit: 4096)) {
                try await loader.load(server.url("/big"), validators: .none)
            }
        }
    }

    @Test func oversizedGzipBodyIsStoppedWhileDecoding() async throws {
        try await withClient(RefreshOptions(timeout: 5, maxBytes: 4096)) { server, loader in
            server.route("/big", reply: .gzip(String(repeating: "y", count: 100_000)))
            await #expect(throws: RefreshError.tooLarge(url: server.url("/big").absoluteString, limit: 4096)) {
                try await loader.load(server.url("/big"), validators: .none)
            }
        }
    }

    @Test func refusedConnectionIsNamed() async throws {
        let server = try LoopbackHTTPServer()
        let url = server.url("/gone")
        server.stop()
        try await withClient { _, loader in
            await #expect(throws: RefreshError.connectionRefused(url: url.absoluteString)) {
                try await loader.load(url, validators: .none)
            }
        }
    }

    @Test func unknownHostIsNamed() async throws {
        try await withClient { _, loader in
            let url = URL(string: "http://no-such-host.invalid/feed")!
            await #expect(throws: RefreshError.hostNotFound(url: url.absoluteString)) {
                try await loader.load(url, validators: .none)
            }
        }
    }

    /// Speaking TLS to a plain HTTP server fails the handshake: a real TLS failure without certificates.
    @Test func failedTLSHandshakeIsNamed() async throws {
        try await withClient { server, loader in
            let url = URL(string: "https://127.0.0.1:\(server.port)/feed")!
            let error = await #expect(throws: RefreshError.self) {
                try await loader.load(url, validators: .none)
            }
            guard case .tls(url.absoluteString, _)? = error else {
                Issue.record("expected a TLS error, got \(String(describing: error))")
                return
            }
        }
    }

    @Test func localFileTakesTheSamePath() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let file = directory.url.appendingPathComponent("feed.xml")
        try Data(feed.utf8).write(to: file)
        try await withClient { _, loader in
            let response = try await loader.load(file, validators: .none)
            #expect(response.body == Data(feed.utf8))
            #expect(response.status == nil)
            let missing = directory.url.appendingPathComponent("missing.xml")
            await #expect(throws: RefreshError.fileUnreadable(path: missing.path, reason: "no such file")) {
                try await loader.load(missing, validators: .none)
            }
        }
    }
}
