import FeedFetching
import Foundation
import NewsStore
import TestSupport
import Testing

/// Refresh of many feeds from loopback, cold then all-304 (DESIGN §9). Run on demand only:
/// `SAHIFA_PERF=1000 swift test -c release -Xswiftc -enable-testing --filter RefreshPerformanceTests`.
/// `SAHIFA_PERF_WARM_ONLY=1` stores the validators directly and measures only all-304 refreshes.
/// Prints timings; asserts counts only.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["SAHIFA_PERF"] != nil))
struct RefreshPerformanceTests {
    @Test func coldThenNotModified() async throws {
        let feeds = Int(ProcessInfo.processInfo.environment["SAHIFA_PERF"] ?? "") ?? 200
        let perHost = Int(ProcessInfo.processInfo.environment["SAHIFA_PERF_PER_HOST"] ?? "") ?? 2
        let server = try LoopbackHTTPServer()
        defer { server.stop() }
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let store = try NewsStore(path: directory.url.appendingPathComponent("perf.db").path)
        let body = String(repeating: "&lt;p&gt;Loopback paragraph with some words to index. &lt;/p&gt;", count: 40)
        let warmOnly = ProcessInfo.processInfo.environment["SAHIFA_PERF_WARM_ONLY"] != nil
        for number in 0..<feeds {
            let document = Self.feed(number, body: body)
            let etag = "\"\(number)\""
            server.route("/f\(number)") { .conditional(document, etag: etag, lastModified: nil, for: $0) }
            let feed = try store.addFeed(url: server.url("/f\(number)").absoluteString, title: nil, tags: [])
            if warmOnly { try store.record(fetch: .notModified(etag: etag), for: feed.id) }
        }
        let refresher = Refresher(store: store, options: RefreshOptions(jobs: 8, perHost: perHost, timeout: 30))
        let clock = ContinuousClock()
        if warmOnly {
            for _ in 0..<3 {
                var warm = RefreshReport()
                let time = await clock.measure { warm = await refresher.refresh() }
                print("all-304 refresh of \(feeds) feeds, perHost \(perHost): \(time)")
                #expect(warm.notModified == feeds)
            }
            return
        }
        var cold = RefreshReport()
        let coldTime = await clock.measure { cold = await refresher.refresh() }
        var warm = RefreshReport()
        let warmTime = await clock.measure { warm = await refresher.refresh() }
        print("refresh \(feeds) feeds x 50 items, perHost \(perHost): cold \(coldTime), all-304 \(warmTime)")
        #expect(cold.ok == feeds)
        #expect(cold.newArticles == feeds * 50)
        #expect(warm.notModified == feeds)
    }

    static func feed(_ number: Int, body: String) -> String {
        var xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed \(number)</title>"
        xml += "<link>https://feed\(number).example/</link>"
        for item in 0..<50 {
            xml += "<item><title>Item \(item) of feed \(number)</title><guid>f\(number)-i\(item)</guid>"
            xml += "<link>https://feed\(number).example/\(item)</link>"
            xml += "<pubDate>Tue, 21 May 2024 10:\(String(format: "%02d", item)):00 GMT</pubDate>"
            xml += "<description>\(body)</description></item>"
        }
        return xml + "</channel></rss>"
    }
}
