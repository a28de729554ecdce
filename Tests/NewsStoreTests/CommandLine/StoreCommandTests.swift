import Foundation
import GRDB
import NewsModel
import NewsStore
import TestSupport
import Testing

/// The store's commands through the real `sahifa` binary (DESIGN §4).
@Suite struct StoreCommandTests {
    @Test func feedsJSONHasTheContractFields() throws {
        let home = try SeededHome()
        defer { home.directory.remove() }
        let raw = try home.run("feeds", "--json").stdout
        #expect(raw.contains("\"title\": \"أخبار\""))
        #expect(raw.contains("\"url\": \"https://example.org/news.xml\""))
        let feeds = try #require(try home.json("feeds", "--json") as? [[String: Any]])
        #expect(feeds.count == 2)
        let news = try #require(feeds.first { $0["url"] as? String == "https://example.org/news.xml" })
        #expect(
            Set(news.keys) == [
                "id", "url", "title", "tags", "unread", "total", "last_fetched", "last_status", "last_error",
            ])
        #expect(news["title"] as? String == "Example News")
        #expect(news["tags"] as? [String] == ["daily", "world"])
        #expect(news["unread"] as? Int == 2)
        #expect(news["total"] as? Int == 2)
        #expect(news["last_status"] as? Int == 200)
        #expect(news["last_error"] is NSNull)
        #expect((news["last_fetched"] as? String)?.hasSuffix("Z") == true)
        let arabic = try #require(feeds.first { $0["title"] as? String == "أخبار" })
        #expect(arabic["last_status"] as? Int == 503)
        #expect(arabic["last_error"] as? String == "HTTP 503 Service Unavailable")
    }

    @Test func feedsTableNamesEveryFeed() throws {
        let home = try SeededHome()
        defer { home.directory.remove() }
        let result = try home.run("feeds")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Example News"))
        #expect(result.stdout.contains("أخبار"))
        #expect(result.stdout.contains("HTTP 503"))
    }

    @Test func articlesJSONIsNewestFirstAndClean() throws {
        let home = try SeededHome()
        defer { home.directory.remove() }
        let result = try home.run("articles", "--json")
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.contains("\\u001b"))
        let articles = try #require(try home.json("articles", "--json", "--feed", "Example News") as? [[String: Any]])
        #expect(articles.map { $0["title"] as? String } == ["Rain tomorrow", "Election results"])
        let second = try #require(
            try home.json("articles", "--json", "--feed", "Example News", "--limit", "1", "--offset", "1")
                as? [[String: Any]])
        #expect(second.map { $0["title"] as? String } == ["Election results"])
        let first = articles[1]
        #expect(
            Set(first.keys) == [
                "id", "feed", "feed_title", "title", "link", "author", "published", "read", "bookmarked",
            ])
        #expect(first["published"] as? String == "2024-05-24T09:30:00Z")
        #expect(first["feed"] as? String == "https://example.org/news.xml")
        #expect(first["author"] as? String == "Sam")
        #expect(first["read"] as? Bool == false)
    }

    @Test func stateCommandsChangeWhatArticlesShow() throws {
        let home = try SeededHome()
        defer { home.directory.remove() }
        let all = try #require(try home.json("articles", "--json") as? [[String: Any]])
        let id = try #require(all.first?["id"] as? Int)
        #expect(try home.run("bookmark", String(id)).status == 0)
        #expect(
            try home.run("mark-read", "--feed", String(home.news.id.rawValue)).stdout == "marked read: 2 articles\n")
        let bookmarked = try #require(try home.json("articles", "--bookmarked", "--json") as? [[String: Any]])
        #expect(bookmarked.map { $0["id"] as? Int } == [id])
        let unread = try #require(try home.json("articles", "--unread", "--json") as? [[String: Any]])
        #expect(unread.count == 1)
        #expect(try home.run("mark-unread", "--all").stdout == "marked unread: 2 articles\n")
        #expect(try home.run("unbookmark", String(id)).status == 0)
        #expect(try home.store.counts() == ListCounts(all: 3, unread: 3, bookmarked: 0))
    }

    @Test func stateCommandErrors() throws {
        let home = try SeededHome()
        defer { home.directory.remove() }
        let missing = try home.run("mark-read", "999")
        #expect(missing.status == 1)
        #expect(missing.stderr == "sahifa: no article with id 999; nothing was changed\n")
        #expect(try home.run("bookmark").status == 2)
        #expect(try home.run("bookmark", "1", "--all").status == 2)
        let noFeed = try home.run("articles", "--feed", "nowhere")
        #expect(noFeed.status == 1)
        #expect(noFeed.stderr.hasPrefix("sahifa: no feed 'nowhere'"))
    }

    @Test func searchFindsVocalizedTextWithSnippet() throws {
        let home = try SeededHome()
        defer { home.directory.remove() }
        let hits = try #require(try home.json("search", "وعد", "الله", "--json") as? [[String: Any]])
        #expect(hits.count == 1)
        #expect((hits.first?["snippet"] as? String)?.contains("وَعَدَ اللَّهُ") == true)
        #expect(hits.first?["feed_title"] as? String == "أخبار")
        #expect(
            Set(hits.first?.keys.map { $0 } ?? [])
                == [
                    "id", "feed", "feed_title", "title", "link", "author", "published", "read", "bookmarked", "snippet",
                ])
        let unread = try #require(
            try home.json("search", "is:unread", "feed:example.org", "--limit", "1", "--json") as? [[String: Any]])
        #expect(unread.map { $0["title"] as? String } == ["Rain tomorrow"])
        let excluded = try #require(try home.json("search", "the", "-rain", "--json") as? [[String: Any]])
        #expect(excluded.map { $0["title"] as? String } == ["Election results"])
        let human = try home.run("search", "capital")
        #expect(human.status == 0)
        #expect(human.stdout.contains("Rain in the capital"))
    }

    @Test func malformedSearchIsOneLineUsageError() throws {
        let home = try SeededHome()
        defer { home.directory.remove() }
        for query in ["\"open", "is:later", "OR"] {
            let result = try home.run("search", query)
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("sahifa: invalid search: "))
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(!result.stderr.lowercased().contains("sqlite"))
        }
    }

    @Test func exportBookmarksAsJSONAndMarkdown() throws {
        let home = try SeededHome()
        defer { home.directory.remove() }
        let id = try #require(try home.store.articles(in: .feed(home.news.id), limit: 9).last?.id)
        try home.store.setBookmarked([id], true)
        let json = try #require(try home.json("export", "bookmarks") as? [[String: Any]])
        #expect(json.map { $0["title"] as? String } == ["Election results"])
        let file = home.directory.url.appendingPathComponent("bookmarks.md")
        #expect(try home.run("export", "bookmarks", "--format", "markdown", "-o", file.path).status == 0)
        let markdown = try String(contentsOf: file, encoding: .utf8)
        #expect(
            markdown == "# Bookmarks\n\n- [Election results](<https://example.org/n1>) — Example News, 2024-05-24\n")
    }

    @Test func exportOPMLListsEverySubscription() throws {
        let home = try SeededHome()
        defer { home.directory.remove() }
        let result = try home.run("export", "opml")
        #expect(result.status == 0)
        #expect(result.stdout.contains("https://example.org/news.xml"))
        #expect(result.stdout.contains("https://example.net/ar.xml"))
        #expect(result.stdout.contains("أخبار"))
    }

    @Test func vacuumKeepsEverything() throws {
        let home = try SeededHome()
        defer { home.directory.remove() }
        let result = try home.run("vacuum")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("vacuumed "))
        #expect(try home.store.counts().all == 3)
    }

    @Test func newerDatabaseAsksToUpgrade() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("sahifa.db").path
        _ = try NewsStore(path: path)
        try DatabaseQueue(path: path).writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = 7") }
        let result = try SahifaProcess.run(["--home", directory.path, "feeds"])
        #expect(result.status == 1)
        #expect(
            result.stderr == "sahifa: the database \(path) was written by a newer sahifa; upgrade sahifa to open it\n")
    }
}
