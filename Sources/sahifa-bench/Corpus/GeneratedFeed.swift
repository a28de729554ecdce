/// The content of one generated feed before it is written in its format and encoding.
struct GeneratedFeed: Sendable {
    let plan: FeedPlan
    let title: String
    let siteLink: String
    let description: String
    let items: [GeneratedItem]
    /// Seconds since 1970 of the newest item (used for `lastBuildDate` / `updated`).
    let updated: Int

    /// Feed `plan.index` with `itemCount` items: everything drawn from the seeded generator.
    init(plan: FeedPlan, seed: UInt64, itemCount: Int) {
        var random = SeededRandom(seed: seed, stream: UInt64(plan.index))
        let text = TextGenerator(language: plan.language)
        self.plan = plan
        siteLink = "https://news\(plan.index).example.org/\(plan.language.rawValue)"
        title = text.title(&random)
        description = text.sentence(&random)
        let writer = HTMLBodyWriter(text: text, siteLink: siteLink)
        // A fixed epoch (2026-05-01T00:00:00Z) keeps the corpus identical from one day to the next.
        let newest = 1_777_593_600 - plan.index * 3_607
        var items: [GeneratedItem] = []
        items.reserveCapacity(itemCount)
        for number in 0..<itemCount {
            let html = writer.body(targetBytes: random.within(1_024...8_192), &random)
            items.append(
                GeneratedItem(
                    guid: "urn:sahifa-bench:\(plan.index):\(number)",
                    title: text.title(&random),
                    link: "\(siteLink)/\(number).html",
                    author: text.name(&random),
                    published: newest - number * 1_800 - random.below(900),
                    categories: (0..<random.within(0...3)).map { _ in text.category(&random) },
                    summary: text.sentence(&random),
                    html: html))
        }
        self.items = items
        updated = newest
    }
}

/// One generated entry.
struct GeneratedItem: Sendable {
    let guid: String
    let title: String
    let link: String
    let author: String
    let published: Int
    let categories: [String]
    let summary: String
    let html: String
}
