import Foundation
import Testing

@testable import FeedFetching

@Suite struct FeedAddressTests {
    @Test(arguments: [
        ("https://news.example/feed.xml", "https://news.example/feed.xml"),
        ("  http://news.example/rss  ", "http://news.example/rss"),
        ("feeds/world.xml", "file:///home/reader/feeds/world.xml"),
        ("/srv/news/../feeds/a b.xml", "file:///srv/feeds/a%20b.xml"),
        ("file:///srv/feeds/a%20b.xml", "file:///srv/feeds/a%20b.xml"),
    ])
    func addressesBecomeURLs(input: String, expected: String) {
        #expect(FeedAddress.url(from: input, relativeTo: "/home/reader")?.absoluteString == expected)
    }

    @Test func emptyInputIsNoAddress() {
        #expect(FeedAddress.url(from: "   ") == nil)
    }
}
