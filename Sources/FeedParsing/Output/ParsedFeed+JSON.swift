/// The `sahifa parse --json` form of a feed (DESIGN §4), keys in the order listed there.
extension ParsedFeed {
    public func jsonText() -> String {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("format", format.rawValue)
        writer.field("version", version)
        writer.field("title", title)
        writer.field("link", link)
        writer.field("description", description)
        writer.field("language", language)
        writer.field("updated", date: updated)
        writer.key("items")
        writer.beginArray()
        for item in items {
            writer.beginObject()
            writer.field("id", item.id)
            writer.field("title", item.title)
            writer.field("link", item.link)
            writer.field("author", item.author)
            writer.field("published", date: item.published)
            writer.field("updated", date: item.updated)
            writer.field("summary", item.summary)
            writer.field("content_html", item.contentHTML)
            writer.key("categories")
            writer.beginArray()
            for category in item.categories { writer.string(category) }
            writer.endArray()
            writer.key("enclosures")
            writer.beginArray()
            for enclosure in item.enclosures {
                writer.beginObject()
                writer.field("url", enclosure.url)
                writer.field("type", enclosure.type)
                writer.key("length")
                writer.number(enclosure.length)
                writer.endObject()
            }
            writer.endArray()
            writer.endObject()
        }
        writer.endArray()
        writer.endObject()
        return writer.output
    }
}
