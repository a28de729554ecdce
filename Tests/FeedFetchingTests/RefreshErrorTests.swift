import Testing

@testable import FeedFetching

/// Errors are what the user reads: one line, starting with the feed's URL (DESIGN §8).
@Suite struct RefreshErrorTests {
    @Test func everyErrorIsOneLineNamingItsURL() {
        let url = "https://news.example/feed"
        let errors: [RefreshError] = [
            .httpStatus(url: url, status: 404), .hostNotFound(url: url), .connectionRefused(url: url),
            .tls(url: url, detail: "certificate\nexpired"), .timedOut(url: url, seconds: 30),
            .tooLarge(url: url, limit: 32 << 20), .truncated(url: url), .redirectLoop(url: url),
            .tooManyRedirects(url: url, limit: 5), .notAFeed(url: url, looksLike: "an HTML page"),
            .unparsable(url: url, reason: "bad"), .unsupportedScheme(url: url), .network(url: url, detail: "x"),
            .storage(url: url, detail: "disk full"),
        ]
        for error in errors {
            #expect(error.description.hasPrefix(url + ": "))
            #expect(!error.description.contains("\n"))
        }
        #expect(RefreshError.tooLarge(url: url, limit: 32 << 20).reason == "response larger than the 32 MiB limit")
        #expect(RefreshError.httpStatus(url: url, status: 404).description == "\(url): HTTP 404 Not Found")
    }
}
