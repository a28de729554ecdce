import Foundation
import TestSupport
import Testing

/// `sahifa import` of each kind of file, detected from content, and of a broken one.
@Suite struct ImportCommandTests {
    let opml = """
        <?xml version="1.0"?>
        <opml version="2.0"><head><title>Mine</title></head><body>
        <outline text="World" title="World"><outline type="rss" text="One" xmlUrl="https://one.example/feed"/>
        <outline type="rss" text="Two" xmlUrl="https://two.example/rss"/></outline>
        </body></opml>
        """
    let urls = """
        # my feeds
        https://three.example/atom.xml "tech" "~Three"
        https://one.example/feed
        """

    @Test func importsEveryKindAndNamesTheFileThatFailed() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let files = home.url.appendingPathComponent("in", isDirectory: true)
        let notes = files.appendingPathComponent("notes", isDirectory: true)
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        try Data(opml.utf8).write(to: files.appendingPathComponent("subs.opml"))
        try Data(urls.utf8).write(to: files.appendingPathComponent("urls"))
        try Data(FeedFixture.rss(count: 2).utf8).write(to: files.appendingPathComponent("saved.xml"))
        try Data("# A commentary\n\nSome *Markdown* text about the news.\n".utf8)
            .write(to: notes.appendingPathComponent("first.md"))
        try Data("A plain text article.\n\nSecond paragraph.\n".utf8).write(
            to: notes.appendingPathComponent("second.txt"))
        let paths = ["subs.opml", "urls", "saved.xml", "notes/first.md", "notes/second.txt", "missing.opml"]
            .map { files.appendingPathComponent($0).path }

        let result = try SahifaProcess.run(["--home", home.path, "import"] + paths)
        #expect(result.status == 3, "\(result.stderr)")
        let errors = result.stderr.split(separator: "\n")
        #expect(errors.count == 2)
        #expect(errors.first?.contains("missing.opml") == true)
        #expect(
            result.stdout.contains("6 files: 5 imported, 1 failed; 3 subscriptions added, 1 feed files, 4 new articles")
        )

        let again = try SahifaProcess.run(["--home", home.path, "import", paths[3], "--as", "article"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("0 new articles"))
    }

    /// More article files than one transaction takes: every one stored and counted, the broken
    /// one in the middle named and skipped, and importing the folder again adds nothing.
    @Test func importsAFolderOfArticlesInBatches() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let notes = home.url.appendingPathComponent("notes", isDirectory: true)
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        for number in 0..<300 {
            try Data("# Note \(number)\n\nWhat happened on day \(number).\n".utf8)
                .write(to: notes.appendingPathComponent(String(format: "note-%03d.md", number)))
        }
        try Data([0xFF, 0x00, 0xFE]).write(to: notes.appendingPathComponent("note-150-broken.md"))

        let result = try SahifaProcess.run(["--home", home.path, "import", notes.path])
        #expect(result.status == 3, "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").contains { $0.contains("note-150-broken.md") })
        // The progress line is for terminals only; piped, stderr holds just the failure.
        #expect(!result.stderr.contains("importing"))
        #expect(result.stderr.split(separator: "\n").count == 2)
        #expect(result.stdout.contains("301 files: 300 imported, 1 failed; 0 subscriptions added, 0 feed files, 300 new articles"))
        let listed = try SahifaProcess.run(["--home", home.path, "articles", "--limit", "1000", "--json"])
        #expect(listed.stdout.components(separatedBy: "\"id\"").count - 1 == 300)

        let again = try SahifaProcess.run(["--home", home.path, "import", notes.path])
        #expect(again.stdout.contains("300 imported, 1 failed; 0 subscriptions added, 0 feed files, 0 new articles"))
    }

    /// A broken feed file imports what could be recovered and says what was wrong, one warning
    /// line each; nothing of the hostile title reaches the output.
    @Test func aBrokenFeedFileImportsWithWarnings() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let file = home.url.appendingPathComponent("broken.xml")
        let xml = "<rss version=\"2.0\"><channel><title>Cut \u{1B}]0;owned\u{7}</title>"
            + "<item><guid>one</guid><title>First</title></item><item><guid>two</guid><title>Second"
        try Data(xml.utf8).write(to: file)

        let result = try SahifaProcess.run(["--home", home.path, "import", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 imported, 0 failed"))
        let lines = result.stderr.split(separator: "\n")
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.hasPrefix("sahifa: \(file.path): warning: ") }, "\(result.stderr)")
        #expect(!result.stderr.contains("\u{1B}") && !result.stdout.contains("\u{1B}"))
    }

    /// The bundled demo collection imports as a directory: every feed and article file, nothing failed.
    @Test func importsADirectoryTree() throws {
        let home = try TemporaryDirectory()
        defer { home.remove() }
        let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/sahifa/Demo").standardizedFileURL
        let walker = FileManager.default.enumerator(
            at: demo, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        let files = (walker?.allObjects as? [URL] ?? []).filter {
            (try? $0.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true
        }
        let feedFiles = files.filter { $0.path.contains("/feeds/") }.count

        let result = try SahifaProcess.run(["--home", home.path, "import", demo.path])
        #expect(result.status == 0, "\(result.stderr)")
        let expected =
            "\(files.count) files: \(files.count) imported, 0 failed; 0 subscriptions added, \(feedFiles) feed files"
        #expect(result.stdout.hasPrefix(expected))
    }

    @Test func wrongKindIsAUsageError() throws {
        let result = try SahifaProcess.run(["import", "x", "--as", "pdf"])
        #expect(result.status == 2)
    }
}
