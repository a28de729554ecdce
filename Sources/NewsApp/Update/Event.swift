import Foundation
import NewsModel
import TerminalUI

/// Everything that can happen to the reader; the loop feeds them to `update` one at a time.
public enum Event: Sendable {
    case key(Key)
    case resize(Size)
    /// The clock, for status messages that expire; time is injected, never read (STYLE.md).
    case tick(Date)
    case sourcesLoaded(feeds: [Feed], counts: SourceCounts)
    /// `isComplete` when the store had no more rows after these.
    case articlesLoaded(ArticleSource, offset: Int, items: [ArticleSummary], isComplete: Bool)
    case articleLoaded(Article, ArticleDocument)
    case articleMissing(ArticleID)
    case searchResults(query: String, results: [SearchResult])
    case searchFailed(query: String, message: String)
    case refreshProgress(RefreshProgressInfo)
    case refreshFinished(RefreshOutcome)
    /// Something worth a line in the status bar (a link copied, a browser started).
    case notice(String)
    /// An effect failed; the message says what and what to do.
    case failed(String)
}
