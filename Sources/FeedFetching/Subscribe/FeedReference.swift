import Foundation
import NewsModel
import NewsStore

/// A feed named on the command line: its id (as `feeds --json` prints it) or its URL or path.
public enum FeedReference {
    /// The subscribed feed `text` names, or nil. A number is an id first, then a URL; a URL or path
    /// is compared after the same normalization `add` applied when subscribing.
    public static func resolve(_ text: String, in store: NewsStore) throws(NewsStoreError) -> Feed? {
        if let number = Int64(text), let feed = try store.feed(FeedID(number)) { return feed }
        if let feed = try store.feed(url: text) { return feed }
        guard let url = FeedAddress.url(from: text) else { return nil }
        if let feed = try store.feed(url: url.absoluteString) { return feed }
        // A directory of imported articles is stored with a trailing slash.
        if url.isFileURL, !url.absoluteString.hasSuffix("/") {
            return try store.feed(url: url.absoluteString + "/")
        }
        return nil
    }
}
