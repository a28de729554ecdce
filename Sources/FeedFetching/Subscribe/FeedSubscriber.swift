import FeedParsing
import Foundation
import NewsModel
import NewsStore

/// `sahifa add`: subscribes to a URL, a `file://` URL or a path, fetching it once so that a typo or
/// a web page is caught at once (issue 4, item 3).
///
/// A web page is not refused: its `<link rel="alternate">` feeds are tried in order and the first
/// that parses is subscribed instead.
public struct FeedSubscriber: Sendable {
    public let store: NewsStore
    public let options: RefreshOptions

    public init(store: NewsStore, options: RefreshOptions = .init()) {
        self.store = store
        self.options = options
    }

    /// What `add` did.
    public struct Subscribed: Sendable, Equatable {
        public var feed: Feed
        /// The URL was subscribed before; nothing changed.
        public var alreadySubscribed: Bool
        public var newArticles: Int
        /// The web page whose feed link was followed, when the given URL was a page.
        public var discoveredFrom: String?
    }

    public func subscribe(_ input: String, title: String? = nil, tags: [String] = [], fetch: Bool = true)
        async throws(RefreshError) -> Subscribed
    {
        guard let url = FeedAddress.url(from: input) else { throw .unsupportedScheme(url: input) }
        guard ["http", "https", "file"].contains(url.scheme?.lowercased() ?? "") else {
            throw .unsupportedScheme(url: url.absoluteString)
        }
        if let existing = try lookUp(url) { return existing }
        guard fetch else { return try add(url, title: title, tags: tags, update: nil, discoveredFrom: nil) }

        let client = HTTPClient(options: options)
        defer { client.invalidate() }
        let loader = FeedLoader(client: client)
        let response = try await loader.load(url, validators: .none)
        do {
            let parsed = try FeedMapping.parse(response, requested: url, maxBytes: options.maxBytes)
            let feedURL = response.movedTo ?? url
            if let existing = try lookUp(feedURL) { return existing }
            return try add(
                feedURL, title: title, tags: tags, update: FeedMapping.update(parsed, response: response),
                discoveredFrom: nil)
        } catch .notAFeed(let pageURL, let looksLike) {
            let links = FeedDiscovery.alternateFeedLinks(inHTML: response.body, baseURL: response.finalURL)
            guard !links.isEmpty else {
                throw .notAFeed(url: pageURL, looksLike: "\(looksLike) with no feed link")
            }
            return try await subscribeDiscovered(links, page: url, loader: loader, title: title, tags: tags)
        }
    }

    /// Tries the page's feed links in order; the first one that fetches and parses wins.
    private func subscribeDiscovered(
        _ links: [URL], page: URL, loader: FeedLoader, title: String?, tags: [String]
    ) async throws(RefreshError) -> Subscribed {
        var firstError: RefreshError?
        for link in links {
            if var existing = try lookUp(link) {
                existing.discoveredFrom = page.absoluteString
                return existing
            }
            do {
                let response = try await loader.load(link, validators: .none)
                let parsed = try FeedMapping.parse(response, requested: link, maxBytes: options.maxBytes)
                return try add(
                    response.movedTo ?? link, title: title, tags: tags,
                    update: FeedMapping.update(parsed, response: response), discoveredFrom: page.absoluteString)
            } catch {
                firstError = firstError ?? error
            }
        }
        throw firstError ?? .notAFeed(url: page.absoluteString, looksLike: "an HTML page")
    }

    private func lookUp(_ url: URL) throws(RefreshError) -> Subscribed? {
        do {
            guard let feed = try store.feed(url: url.absoluteString) else { return nil }
            return Subscribed(feed: feed, alreadySubscribed: true, newArticles: 0, discoveredFrom: nil)
        } catch {
            throw .storage(url: url.absoluteString, detail: error.description)
        }
    }

    private func add(_ url: URL, title: String?, tags: [String], update: FeedUpdate?, discoveredFrom: String?)
        throws(RefreshError) -> Subscribed
    {
        do {
            var feed = try store.addFeed(url: url.absoluteString, title: title, tags: tags)
            var newArticles = 0
            if var update {
                update.newURL = nil
                newArticles = try store.record(fetch: .updated(update), for: feed.id).newArticles
                feed = try store.feed(feed.id) ?? feed
            }
            return Subscribed(
                feed: feed, alreadySubscribed: false, newArticles: newArticles, discoveredFrom: discoveredFrom)
        } catch {
            throw .storage(url: url.absoluteString, detail: error.description)
        }
    }
}
