import Foundation

/// Small feed documents written for these tests.
enum FeedFixture {
    /// An RSS 2.0 channel with `count` items numbered from `first`.
    static func rss(title: String = "Loopback News", count: Int = 3, first: Int = 1) -> String {
        let items = (first..<first + count).map { number in
            """
            <item><title>Story \(number)</title><link>https://news.example/\(number)</link>
            <guid>https://news.example/\(number)</guid>
            <pubDate>Tue, 21 May 2024 \(String(format: "%02d", number % 24)):00:00 GMT</pubDate>
            <description>&lt;p&gt;Body of story \(number), with &lt;b&gt;bold&lt;/b&gt; text.&lt;/p&gt;\
            </description></item>
            """
        }
        return """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>\(title)</title><link>https://news.example/</link>
            <language>en</language>
            \(items.joined(separator: "\n"))
            </channel></rss>
            """
    }

    /// A web page that names its feed in `<link rel="alternate">`.
    static func page(linkingTo feed: String?) -> String {
        let link =
            feed.map { "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Feed\" href=\"\($0)\">" } ?? ""
        return """
            <!DOCTYPE html>
            <html><head><title>Loopback site</title>\(link)</head>
            <body><h1>Welcome</h1><p>This is a web page, not a feed.</p></body></html>
            """
    }
}
