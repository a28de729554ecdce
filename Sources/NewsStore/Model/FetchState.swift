import Foundation
import NewsModel

/// What a fetcher needs to make a conditional GET (RFC 9110 §13.1) for one feed.
public struct FetchState: Hashable, Sendable {
    public var feedID: FeedID
    public var url: String
    /// `ETag` of the last 200 response, sent back as `If-None-Match`.
    public var etag: String?
    /// `Last-Modified` of the last 200 response, sent back as `If-Modified-Since`.
    public var lastModified: String?
    public var lastFetched: Date?
    public var lastStatus: Int?

    public init(
        feedID: FeedID, url: String, etag: String? = nil, lastModified: String? = nil, lastFetched: Date? = nil,
        lastStatus: Int? = nil
    ) {
        self.feedID = feedID
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.lastFetched = lastFetched
        self.lastStatus = lastStatus
    }
}
