/// Atom 1.0 (RFC 4287) with `content type="html"` and a text summary.
enum AtomWriter {
    static func document(_ feed: GeneratedFeed) -> String {
        var xml = """
            <?xml version="1.0" encoding="\(feed.plan.encoding.rawValue)"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(feed.plan.language.tag)">
            <title>\(Markup.escape(feed.title))</title>
            <subtitle>\(Markup.escape(feed.description))</subtitle>
            <id>urn:sahifa-bench:feed:\(feed.plan.index)</id>
            <link rel="alternate" href="\(feed.siteLink)"/>
            <updated>\(FeedDate.rfc3339(feed.updated))</updated>

            """
        for item in feed.items {
            xml += "<entry>\n<title type=\"text\">\(Markup.escape(item.title))</title>\n<id>\(item.guid)</id>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(item.link)\"/>\n"
            xml += "<published>\(FeedDate.rfc3339(item.published))</published>\n<updated>\(FeedDate.rfc3339(item.published))</updated>\n"
            xml += "<author><name>\(Markup.escape(item.author))</name></author>\n"
            for category in item.categories { xml += "<category term=\"\(Markup.escape(category))\"/>\n" }
            xml += "<summary type=\"text\">\(Markup.escape(item.summary))</summary>\n"
            xml += "<content type=\"html\">\(Markup.escape(item.html))</content>\n</entry>\n"
        }
        return xml + "</feed>\n"
    }
}
