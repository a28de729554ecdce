import Foundation
import TestSupport
import Testing

/// `sahifa add` and `sahifa remove` against a loopback server and local files.
@Suite struct SubscribeCommandTests {
    func sahifa(_ home: TemporaryDirectory, _ arguments: [String]) throws -> SahifaProcess.Result {
        try SahifaProcess.run(["--home", home.path] + arguments)
    }

    @Test func addFetchesOnceAndRemovePrintsWhatWent() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let home = try TemporaryDirectory()
        defer { home.remove() }
        server.route("/feed.xml", reply: .ok(FeedFixture.rss()))
        let url = server.url("/feed.xml").absoluteString

        let added = try sahifa(home, ["add", url, "--tag", "news", "--title", "Mine"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("subscribed 1: Mine <\(url)>, 3 articles"))
        #expect(try sahifa(home, ["add", url]).stdout.contains("already subscribed"))

        let removed = try sahifa(home, ["remove", url])
        #expect(removed.status == 0)
        #expect(removed.stdout == "removed 1: Mine <\(url)> with 3 articles\n")
        let again = try sahifa(home, ["remove", "1"])
        #expect(again.status == 1)
        #expect(again.stderr.hasPrefix("sahifa: no subscription matches 1"))
    }

    @Test func addFindsTheFeedOfAWebPage() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let home = try TemporaryDirectory()
        defer { home.remove() }
        server.route("/", reply: .ok(FeedFixture.page(linkingTo: "/rss.xml"), type: "text/html; charset=utf-8"))
        server.route("/rss.xml", reply: .ok(FeedFixture.rss()))

        let added = try sahifa(home, ["add", server.url("/").absoluteString])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("found feed \(server.url("/rss.xml").absoluteString)"))
        #expect(added.stdout.contains("3 articles"))
    }

    @Test func addOfAPageWithoutFeedOrOfAMissingFeedFails() throws {
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let home = try TemporaryDirectory()
        defer { home.remove() }
        server.route("/", reply: .ok(FeedFixture.page(linkingTo: nil), type: "text/html"))

        let page = try sahifa(home, ["add", server.url("/").absoluteString])
        #expect(page.status == 1)
        #expect(page.stderr.contains("not a feed"))
        let missing = try sahifa(home, ["add", server.url("/nothing").absoluteString])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("HTTP 404"))
        #expect(missing.stderr.contains("--no-fetch"))
    }

    @Test func addTakesPlainPathsAndFileURLs() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let file = home.url.appendingPathComponent("local feed.xml")
        try Data(FeedFixture.rss(count: 2).utf8).write(to: file)

        let byPath = try SahifaProcess.run(["--home", home.path, "add", "local feed.xml"], currentDirectory: home.url)
        #expect(byPath.status == 0, "\(byPath.stderr)")
        #expect(byPath.stdout.contains("<\(file.absoluteString)>, 2 articles"))
        let byURL = try sahifa(home, ["add", file.absoluteString])
        #expect(byURL.stdout.contains("already subscribed"))
        #expect(try sahifa(home, ["refresh"]).stdout.contains("1 not modified"))
    }
}
