import NewsModel

/// Performs effects against the services and turns each outcome into an `Event`.
///
/// It never touches the state or the terminal: results go back to the loop, which is the only
/// owner of both (DESIGN §2). Effects the loop handles itself (quit, links) yield nothing here.
public struct EffectRunner: Sendable {
    public var services: ReaderServices

    public init(services: ReaderServices) {
        self.services = services
    }

    /// Runs one effect to completion; `post` receives progress and results, possibly several.
    public func perform(_ effect: Effect, post: @escaping @Sendable (Event) -> Void) async {
        let library = services.library
        do {
            switch effect {
            case .loadSources:
                post(.sourcesLoaded(feeds: try library.feeds(), counts: try library.counts()))
            case .loadArticles(let source, let offset, let limit):
                let items = try library.articles(in: source, limit: limit, offset: offset)
                post(.articlesLoaded(source, offset: offset, items: items, isComplete: items.count < limit))
            case .loadArticle(let id):
                guard let article = try library.article(id) else {
                    post(.articleMissing(id))
                    return
                }
                post(.articleLoaded(article, services.makeDocument(article)))
            case .setRead(let ids, let read):
                try library.setRead(ids, read)
                post(.sourcesLoaded(feeds: try library.feeds(), counts: try library.counts()))
            case .setBookmarked(let id, let bookmarked):
                try library.setBookmarked([id], bookmarked)
                post(.sourcesLoaded(feeds: try library.feeds(), counts: try library.counts()))
            case .markAllRead(let source):
                let count = try library.markAllRead(in: source)
                post(.notice("Marked \(count) article\(count == 1 ? "" : "s") read"))
                post(.sourcesLoaded(feeds: try library.feeds(), counts: try library.counts()))
            case .search(let query):
                do {
                    post(.searchResults(query: query, results: try library.search(query, limit: services.searchLimit)))
                } catch {
                    post(.searchFailed(query: query, message: String(describing: error)))
                }
            case .refresh(let ids):
                guard let refresh = services.refresh else {
                    post(.refreshFinished(.notRun("refreshing is not available")))
                    return
                }
                let outcome = await refresh(ids) { post(.refreshProgress($0)) }
                post(.refreshFinished(outcome))
            case .openLink, .copyLink, .quit:
                return
            }
        } catch {
            post(.failed(String(describing: error)))
        }
    }
}
