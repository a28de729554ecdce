import NewsModel

/// Subscriptions as OPML 2.0 with tags as categories (DESIGN §4), written by FeedParsing's
/// `OPMLDocument` once that writer is available in this build.
enum SubscriptionsExport {
    static func opml(_ feeds: [Feed]) throws -> String {
        throw CLIError.notImplemented("export opml")
    }
}
