/// One feed to subscribe to, as a subscription list (OPML, a newsboat `urls` file) names it.
public struct Subscription: Hashable, Sendable {
    /// The feed's URL as written in the list.
    public var url: String
    /// A title the list gives the feed, which overrides the feed's own.
    public var title: String?
    /// The site the feed belongs to (OPML `htmlUrl`).
    public var siteLink: String?
    /// Folders and categories, outermost first.
    public var tags: [String]

    public init(url: String, title: String? = nil, siteLink: String? = nil, tags: [String] = []) {
        self.url = url
        self.title = title
        self.siteLink = siteLink
        self.tags = tags
    }
}
