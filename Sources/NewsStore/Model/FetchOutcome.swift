/// The result of fetching one feed, as FeedFetching hands it to the store.
///
/// "Not modified" is a result, not an error (STYLE, errors): it refreshes the feed's status
/// without touching its articles.
public enum FetchOutcome: Hashable, Sendable {
    /// A full response: feed metadata and every item it carried.
    case updated(FeedUpdate)
    /// `304 Not Modified` (or an unchanged local file). A 304 may carry new validators.
    case notModified(httpStatus: Int? = 304, etag: String? = nil, lastModified: String? = nil)
    /// The fetch failed; the feed keeps every article it had. `error` is one line for the feeds list.
    case failed(status: Int?, error: String)
}
