/// JSON Feed 1.1 (https://jsonfeed.org/version/1.1), always UTF-8.
enum JSONFeedWriter {
    static func document(_ feed: GeneratedFeed) -> String {
        var json = "{\n\"version\": \"https://jsonfeed.org/version/1.1\",\n"
        json += "\"title\": \(Markup.jsonString(feed.title)),\n\"home_page_url\": \(Markup.jsonString(feed.siteLink)),\n"
        json += "\"description\": \(Markup.jsonString(feed.description)),\n\"language\": \"\(feed.plan.language.tag)\",\n\"items\": [\n"
        for (position, item) in feed.items.enumerated() {
            json += "{\"id\": \(Markup.jsonString(item.guid)), \"url\": \(Markup.jsonString(item.link)), "
            json += "\"title\": \(Markup.jsonString(item.title)), \"summary\": \(Markup.jsonString(item.summary)), "
            json += "\"date_published\": \"\(FeedDate.rfc3339(item.published))\", "
            json += "\"authors\": [{\"name\": \(Markup.jsonString(item.author))}], "
            json += "\"tags\": [\(item.categories.map(Markup.jsonString).joined(separator: ", "))], "
            json += "\"content_html\": \(Markup.jsonString(item.html))}"
            json += position + 1 < feed.items.count ? ",\n" : "\n"
        }
        return json + "]\n}\n"
    }
}
