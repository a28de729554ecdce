import Foundation
import NewsModel
import Testing

@testable import NewsApp

/// Collects what an effect posts.
final class EventLog: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [Event] = []
    func append(_ event: Event) { lock.withLock { events.append(event) } }
    var all: [Event] { lock.withLock { events } }
}

@Suite struct EffectRunnerTests {
    private func run(_ effect: Effect, library: FakeLibrary = FakeLibrary(), refresh: Bool = false) async -> [Event] {
        var services = ReaderServices(library: library, makeDocument: { _ in ReaderFixtures.englishDocument })
        if refresh {
            services.refresh = { ids, progress in
                progress(RefreshProgressInfo(completed: 1, total: 2))
                return RefreshOutcome(feeds: ids?.count ?? 3, newArticles: 5)
            }
        }
        let log = EventLog()
        await EffectRunner(services: services).perform(effect) { log.append($0) }
        return log.all
    }

    @Test func loadingSourcesPostsFeedsAndCounts() async {
        let events = await run(.loadSources)
        guard case .sourcesLoaded(let feeds, let counts) = events.first else {
            Issue.record("unexpected \(events)")
            return
        }
        #expect(feeds.count == 3)
        #expect(counts == ReaderFixtures.counts)
    }

    @Test func aShortPageIsTheLastOne() async {
        let events = await run(.loadArticles(.feed(FeedID(1)), offset: 0, limit: 10))
        guard case .articlesLoaded(_, 0, let items, let isComplete) = events.first else {
            Issue.record("unexpected \(events)")
            return
        }
        #expect(items.count == 3)
        #expect(isComplete)
    }

    @Test func loadingAnArticleMakesItsDocument() async {
        let events = await run(.loadArticle(ArticleID(11)))
        guard case .articleLoaded(let article, let document) = events.first else {
            Issue.record("unexpected \(events)")
            return
        }
        #expect(article.id == ArticleID(11))
        #expect(document == ReaderFixtures.englishDocument)
    }

    @Test func aMissingArticleIsReported() async {
        let events = await run(.loadArticle(ArticleID(999)))
        guard case .articleMissing(ArticleID(999)) = events.first else {
            Issue.record("unexpected \(events)")
            return
        }
    }

    @Test func stateChangesAreWrittenThenCountsReloaded() async {
        let library = FakeLibrary()
        let events = await run(.setRead([ArticleID(11)], true), library: library)
        #expect(library.recordedWrites == ["read [\"11\"] true"])
        guard case .sourcesLoaded = events.last else {
            Issue.record("unexpected \(events)")
            return
        }
    }

    @Test func aBadQueryBecomesASearchError() async {
        let library = FakeLibrary()
        library.searchError = "invalid search: unbalanced quote"
        let events = await run(.search("\"x"), library: library)
        guard case .searchFailed("\"x", "invalid search: unbalanced quote") = events.first else {
            Issue.record("unexpected \(events)")
            return
        }
    }

    @Test func refreshReportsProgressThenTheOutcome() async {
        let events = await run(.refresh(nil), refresh: true)
        #expect(events.count == 2)
        guard case .refreshProgress(let progress) = events.first, case .refreshFinished(let outcome) = events.last else {
            Issue.record("unexpected \(events)")
            return
        }
        #expect(progress.completed == 1)
        #expect(outcome.newArticles == 5)
    }
}
