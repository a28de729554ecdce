/// RSS 1.0 (RDF) with Dublin Core dates, creators and subjects and `content:encoded`.
enum RDFWriter {
    static func document(_ feed: GeneratedFeed) -> String {
        var xml = """
            <?xml version="1.0" encoding="\(feed.plan.encoding.rawValue)"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel rdf:about="\(feed.siteLink)">
            <title>\(Markup.escape(feed.title))</title>
            <link>\(feed.siteLink)</link>
            <description>\(Markup.escape(feed.description))</description>
            <dc:language>\(feed.plan.language.tag)</dc:language>
            <dc:date>\(FeedDate.rfc3339(feed.updated))</dc:date>
            <items><rdf:Seq>

            """
        for item in feed.items { xml += "<rdf:li rdf:resource=\"\(item.link)\"/>\n" }
        xml += "</rdf:Seq></items>\n</channel>\n"
        for item in feed.items {
            xml += "<item rdf:about=\"\(item.link)\">\n<title>\(Markup.escape(item.title))</title>\n<link>\(item.link)</link>\n"
            xml += "<description>\(Markup.escape(item.summary))</description>\n"
            xml += "<dc:date>\(FeedDate.rfc3339(item.published))</dc:date>\n<dc:creator>\(Markup.escape(item.author))</dc:creator>\n"
            for category in item.categories { xml += "<dc:subject>\(Markup.escape(category))</dc:subject>\n" }
            xml += "<content:encoded>\(Markup.escape(item.html))</content:encoded>\n</item>\n"
        }
        return xml + "</rdf:RDF>\n"
    }
}
