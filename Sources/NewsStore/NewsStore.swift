/// The database of subscriptions and articles (placeholder until the store lands).
public final class NewsStore: Sendable {}
