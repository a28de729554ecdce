import FeedParsing
import NewsModel

/// Subscriptions as OPML 2.0 with tags as categories (DESIGN §4), written by FeedParsing's
/// `OPMLDocument` so export and import agree on one format.
enum SubscriptionsExport {
    static func opml(_ feeds: [Feed]) throws -> String {
        let subscriptions = feeds.map { feed in
            Subscription(
                url: feed.url, title: feed.title == feed.url ? nil : feed.title, siteLink: feed.siteLink,
                tags: feed.tags)
        }
        return OPMLDocument.export(subscriptions, title: "sahifa subscriptions")
    }
}
