import Foundation
import TestSupport
import Testing

/// `sahifa demo` under tmux: the real binary, ncurses, the demo collection and the layout engine
/// together (issue 2, item 7).
@Suite(.serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReaderEndToEndTests {
    /// How an Arabic word looks on a terminal that does no BiDi, folded back to plain letters:
    /// sahifa sends it reordered (reversed) and shaped (presentation forms, undone by NFKC).
    static func onScreen(_ screen: String, contains word: String) -> Bool {
        screen.precomposedStringWithCompatibilityMapping.contains(String(word.reversed()))
    }

    /// Runs `sahifa demo` with a fresh home under tmux at `width`×`height`, hands the session to
    /// `body`, then ends the tmux server and removes the temporary directory.
    static func withDemo(
        width: Int, height: Int, environment: [String: String] = [:], _ body: (TmuxSession) throws -> Void
    ) throws {
        try withDemoHome(width: width, height: height, environment: environment) { session, _ in try body(session) }
    }

    /// As `withDemo`, also handing `body` the home directory the reader uses.
    static func withDemoHome(
        width: Int, height: Int, environment: [String: String] = [:], config: String? = nil,
        _ body: (TmuxSession, URL) throws -> Void
    ) throws {
        let directory = try TemporaryDirectory(prefix: "sahifa-e2e")
        defer { directory.remove() }
        let home = directory.url.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        if let config { try Data(config.utf8).write(to: home.appendingPathComponent("config.toml")) }
        let session = try TmuxSession(
            directory: directory.url, arguments: ["demo", "--home", home.path], width: width, height: height,
            environment: environment)
        try withExtendedLifetime(session) { try body(session, home) }
    }

    @Test func demoOpensAnArticleAndQuits() throws {
        try Self.withDemo(width: 80, height: 24) { session in
            let start = session.waitUntil { $0.contains("All articles") && $0.contains("Bookmarks") }
            try #require(start.found, "the feed list did not appear:\n\(start.screen)")
            #expect(Self.onScreen(start.screen, contains: "صحيفة"), "no Arabic feed title:\n\(start.screen)")
            #expect(start.screen.contains("World"))

            session.send("Enter")
            let list = session.waitUntil { $0.contains("All articles (") || $0.contains("●") }
            try #require(list.found, "the article list did not appear:\n\(list.screen)")

            session.send("Enter")
            let article = session.waitUntil { $0.contains("Space page") && $0.contains("──────") }
            try #require(article.found, "the article did not open:\n\(article.screen)")
            #expect(article.screen.contains("sahifa ›"))

            session.send("q")
            let back = session.waitFor("Enter read")
            #expect(back.found, "q did not go back to the list:\n\(back.screen)")

            session.send("Q")
            #expect(session.exitStatus() == 0)
        }
    }

    @Test func resizesLiveDownToTheMinimumAndBelow() throws {
        try Self.withDemo(width: 80, height: 24) { session in
            try #require(session.waitFor("All articles").found)

            session.resize(width: 130, height: 30)
            let wide = session.waitFor("Choose an article")
            #expect(wide.found, "no side-by-side layout at 130 columns:\n\(wide.screen)")

            session.resize(width: 40, height: 12)
            let narrow = session.waitUntil { $0.contains("All articles") && !$0.contains("Choose an article") }
            #expect(narrow.found, "no one-pane layout at 40×12:\n\(narrow.screen)")
            #expect(narrow.screen.split(separator: "\n").allSatisfy { $0.count <= 40 })

            session.resize(width: 30, height: 8)
            let tiny = session.waitFor("too small")
            #expect(tiny.found, "no 'too small' screen at 30×8:\n\(tiny.screen)")

            session.resize(width: 80, height: 24)
            #expect(session.waitFor("All articles").found)
            session.send("Q")
            #expect(session.exitStatus() == 0)
        }
    }

    @Test func readsAnArticleAtTheMinimumSize() throws {
        try Self.withDemo(width: 40, height: 12) { session in
            try #require(session.waitFor("All articles").found)
            session.send("Enter")
            try #require(session.waitFor("All articles (").found)
            session.send("Enter")
            let article = session.waitFor("──────")
            #expect(article.found, "the article did not open at 40×12:\n\(article.screen)")
            session.send("Space")
            session.send("Q")
            #expect(session.exitStatus() == 0)
        }
    }

    @Test func searchFindsVocalizedArabicFromPlainTyping() throws {
        try Self.withDemo(width: 80, height: 24) { session in
            try #require(session.waitFor("All articles").found)
            session.send("/")
            try #require(session.waitFor("Type to search").found)
            session.type("معرض")
            let results = session.waitUntil { $0.contains("result") && !$0.contains("No results") }
            #expect(results.found, "no search results:\n\(results.screen)")
            session.send("Escape")
            session.send("Q")
            #expect(session.exitStatus() == 0)
        }
    }

    /// A refresh started from the reader while `sahifa refresh` holds the database's refresh
    /// lock (held here with the same flock) says so instead of fetching the same feeds twice.
    @Test func readerRefreshYieldsToARunningRefresh() throws {
        try Self.withDemoHome(width: 100, height: 24) { session, home in
            try #require(session.waitFor("All articles").found)
            let lockPath = home.appendingPathComponent("sahifa.db.refresh-lock").path
            let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            try #require(descriptor >= 0)
            defer { close(descriptor) }
            try #require(flock(descriptor, LOCK_EX | LOCK_NB) == 0)

            session.send("R")
            let refused = session.waitFor("another refresh is running")
            #expect(refused.found, "the reader did not report the running refresh:\n\(refused.screen)")

            flock(descriptor, LOCK_UN)
            session.send("R")
            let done = session.waitFor("Refreshed ")
            #expect(done.found, "the reader did not refresh once the lock was free:\n\(done.screen)")
            session.send("Q")
            #expect(session.exitStatus() == 0)
        }
    }

    /// config.toml's [keys] section reaches the reader: the rebound key works, the old one no
    /// longer does, and the key hints show the new key.
    @Test func configRebindsKeys() throws {
        let config = """
            [keys]
            back-or-quit = "x"
            search = ["s", "/"]
            """
        try Self.withDemoHome(width: 100, height: 24, config: config) { session, _ in
            let start = session.waitFor("x quit")
            try #require(start.found, "the hints do not show the rebound key:\n\(start.screen)")
            #expect(start.screen.contains("/ search"))
            session.send("s")
            let search = session.waitFor("Type to search")
            #expect(search.found, "s did not open the search:\n\(search.screen)")
            session.send("Escape")
            try #require(session.waitFor("x quit").found)
            session.send("q")
            session.send("?")
            let help = session.waitFor("any key closes")
            #expect(help.found, "the reader did not stay open after q:\n\(help.screen)")
            #expect(help.screen.contains("x"))
            session.send("Escape")
            try #require(session.waitFor("x quit").found)
            session.send("x")
            #expect(session.exitStatus() == 0)
        }
    }

    @Test func aCLocaleFallsBackToUTF8() throws {
        try Self.withDemo(width: 80, height: 24, environment: ["LC_ALL": "C", "LANG": "C"]) { session in
            let start = session.waitFor("All articles")
            try #require(start.found, "no reader under LC_ALL=C:\n\(start.screen)")
            #expect(Self.onScreen(start.screen, contains: "صحيفة"), "Arabic garbled under LC_ALL=C:\n\(start.screen)")
            session.send("Q")
            #expect(session.exitStatus() == 0)
        }
    }

    @Test func sigtermRestoresTheTerminal() throws {
        try Self.withDemo(width: 80, height: 24) { session in
            try #require(session.waitFor("All articles").found)
            let pid = try #require(session.commandProcessID(), "cannot find the reader's process")
            kill(pid, SIGTERM)
            #expect(session.exitStatus() == 128 + SIGTERM)
            let after = session.waitUntil { !$0.contains("All articles") }
            #expect(after.found, "the reader's screen is still up after SIGTERM:\n\(after.screen)")
        }
    }

    @Test func readerRefusesWithoutATerminal() throws {
        let directory = try TemporaryDirectory(prefix: "sahifa-e2e")
        defer { directory.remove() }
        let result = try SahifaProcess.run(["demo", "--home", directory.path])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.hasPrefix("sahifa: "))
        #expect(result.stderr.contains("terminal"))
    }
}
