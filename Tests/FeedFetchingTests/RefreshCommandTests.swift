import Foundation
import TestSupport
import Testing

@testable import FeedFetching

/// `sahifa refresh` as a user runs it: output streams and exit statuses (DESIGN §4).
@Suite struct RefreshCommandTests {
    func sahifa(_ home: TemporaryDirectory, _ arguments: [String]) throws -> SahifaProcess.Result {
        try SahifaProcess.run(["--home", home.path] + arguments)
    }

    @Test func exitStatusSaysHowManyFeedsFailed() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let home = try TemporaryDirectory()
        defer { home.remove() }
        server.route("/good", reply: .ok(FeedFixture.rss()))
        server.route("/bad", reply: .status(404))
        #expect(try sahifa(home, ["add", server.url("/good").absoluteString, "--no-fetch"]).status == 0)
        #expect(try sahifa(home, ["add", server.url("/bad").absoluteString, "--no-fetch"]).status == 0)

        let some = try sahifa(home, ["refresh", "--timeout", "5"])
        #expect(some.status == 3)
        let errors = some.stderr.split(separator: "\n")
        #expect(errors.contains { $0.contains(server.url("/bad").absoluteString) && $0.contains("HTTP 404") })
        #expect(!some.stderr.contains("\r"), "no progress line when stderr is not a terminal")
        #expect(some.stdout.contains("1 updated"))
        #expect(some.stdout.contains("1 failed"))
        #expect(some.stdout.contains("3 new articles"))

        let none = try sahifa(home, ["refresh", server.url("/bad").absoluteString])
        #expect(none.status == 1)

        server.route("/bad", reply: .ok(FeedFixture.rss(title: "Fixed")))
        let all = try sahifa(home, ["refresh"])
        #expect(all.status == 0)
        #expect(all.stderr.isEmpty)
        #expect(all.stdout.contains("1 not modified") || all.stdout.contains("2 updated"))
    }

    /// A broken config.toml stops the command with one line naming the file and the line, and
    /// nothing is fetched; a valid one supplies the defaults the options leave open.
    @Test func configurationIsReadAndABrokenOneIsNamed() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let home = try TemporaryDirectory()
        defer { home.remove() }
        server.route("/good", reply: .ok(FeedFixture.rss()))
        #expect(try sahifa(home, ["add", server.url("/good").absoluteString, "--no-fetch"]).status == 0)
        let config = home.url.appendingPathComponent("config.toml")

        try Data("[refresh]\njobs = \n".utf8).write(to: config)
        let broken = try sahifa(home, ["refresh"])
        #expect(broken.status == 1)
        #expect(broken.stderr == "sahifa: \(config.path) line 2, column 8: Error while parsing key-value pair: expected value, saw '\\n'\n")
        #expect(server.requests.isEmpty)

        try Data("[refresh]\njobs = 2\ntimeout = 5\n".utf8).write(to: config)
        let fine = try sahifa(home, ["refresh"])
        #expect(fine.status == 0, "\(fine.stderr)")
        #expect(server.requests.count == 1)
    }

    @Test func unknownFeedIsAUsageError() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let result = try sahifa(home, ["refresh", "42"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("sahifa: no subscription matches 42"))
    }

    /// Option mistakes caught by the argument parser read like every other error line.
    @Test func aMalformedOptionIsOneLowerCaseLine() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let result = try sahifa(home, ["refresh", "--jobs", "abc"])
        #expect(result.status == 2)
        #expect(result.stderr == "sahifa: the value 'abc' is invalid for '--jobs <jobs>'\n")
    }

    @Test func emptyCollectionIsFine() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let result = try sahifa(home, ["refresh"])
        #expect(result.status == 0)
        #expect(result.stdout == "no feeds to refresh\n")
    }

    /// A second refresh on the same database says it waits, then runs once the first is done.
    @Test func secondRefreshWaitsForTheFirst() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let database = home.url.appendingPathComponent("sahifa.db")
        var held = try RefreshLock.tryAcquire(at: RefreshLock.path(forDatabase: database))
        #expect(held != nil)

        let process = Process()
        process.executableURL = SahifaProcess.executableURL
        process.arguments = ["--home", home.path, "refresh"]
        let errors = Pipe()
        let output = Pipe()
        process.standardError = errors
        process.standardOutput = output
        try process.run()
        var said = Data()
        while !said.contains(UInt8(ascii: "\n")) {
            let chunk = errors.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            said.append(chunk)
        }
        #expect(String(decoding: said, as: UTF8.self).contains("another refresh is running"))
        #expect(process.isRunning)
        held = nil
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(
            String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                == "no feeds to refresh\n")
    }
}
