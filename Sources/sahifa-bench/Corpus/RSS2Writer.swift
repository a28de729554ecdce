/// RSS 2.0 with `content:encoded` (CDATA in UTF-8 feeds, escaped text in legacy-encoded ones,
/// where characters outside the encoding become numeric references).
enum RSS2Writer {
    static func document(_ feed: GeneratedFeed) -> String {
        let cdata = feed.plan.encoding == .utf8
        var xml = """
            <?xml version="1.0" encoding="\(feed.plan.encoding.rawValue)"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
            <title>\(Markup.escape(feed.title))</title>
            <link>\(feed.siteLink)</link>
            <description>\(Markup.escape(feed.description))</description>
            <language>\(feed.plan.language.tag)</language>
            <lastBuildDate>\(FeedDate.rfc822(feed.updated))</lastBuildDate>

            """
        for item in feed.items {
            xml += "<item>\n<title>\(Markup.escape(item.title))</title>\n<link>\(item.link)</link>\n"
            xml += "<guid isPermaLink=\"false\">\(item.guid)</guid>\n<pubDate>\(FeedDate.rfc822(item.published))</pubDate>\n"
            xml += "<dc:creator>\(Markup.escape(item.author))</dc:creator>\n"
            for category in item.categories { xml += "<category>\(Markup.escape(category))</category>\n" }
            xml += "<description>\(Markup.escape(item.summary))</description>\n"
            xml += cdata
                ? "<content:encoded><![CDATA[\(item.html)]]></content:encoded>\n"
                : "<content:encoded>\(Markup.escape(item.html))</content:encoded>\n"
            xml += "</item>\n"
        }
        return xml + "</channel>\n</rss>\n"
    }
}
