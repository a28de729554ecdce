/// SQL of the first schema. Dates are stored as seconds since 1970 (REAL), UTC.
///
/// Counts shown by `feeds` are kept in the `feed` row by triggers, so the feed list costs one
/// scan of a small table however many articles are stored (DESIGN §9: under 30 ms at 200,000).
enum SchemaV1 {
    static let tables = """
        CREATE TABLE feed (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL DEFAULT '',
            customTitle TEXT,
            siteLink TEXT,
            language TEXT,
            etag TEXT,
            lastModified TEXT,
            lastStatus INTEGER,
            lastError TEXT,
            lastFetched REAL,
            retentionCount INTEGER,
            retentionDays INTEGER,
            unreadCount INTEGER NOT NULL DEFAULT 0,
            totalCount INTEGER NOT NULL DEFAULT 0,
            addedAt REAL NOT NULL
        );
        CREATE TABLE feedTag (
            feedId INTEGER NOT NULL REFERENCES feed(id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (feedId, tag)
        ) WITHOUT ROWID;
        CREATE TABLE article (
            id INTEGER PRIMARY KEY,
            feedId INTEGER NOT NULL REFERENCES feed(id) ON DELETE CASCADE,
            guid TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            link TEXT,
            author TEXT,
            published REAL,
            updated REAL,
            sortDate REAL NOT NULL,
            fetchedAt REAL NOT NULL,
            contentHTML TEXT,
            plainText TEXT NOT NULL DEFAULT '',
            categories TEXT NOT NULL DEFAULT '[]',
            enclosures TEXT NOT NULL DEFAULT '[]',
            language TEXT,
            contentHash INTEGER NOT NULL,
            isRead INTEGER NOT NULL DEFAULT 0,
            isBookmarked INTEGER NOT NULL DEFAULT 0,
            UNIQUE (feedId, guid)
        );
        CREATE TABLE tombstone (
            feedId INTEGER NOT NULL REFERENCES feed(id) ON DELETE CASCADE,
            guid TEXT NOT NULL,
            deletedAt REAL NOT NULL,
            PRIMARY KEY (feedId, guid)
        ) WITHOUT ROWID;
        """

    /// One index per list query; partial indexes keep Unread and Bookmarks as cheap as their size.
    static let indexes = """
        CREATE INDEX article_by_date ON article(sortDate, id);
        CREATE INDEX article_unread_by_date ON article(sortDate, id) WHERE isRead = 0;
        CREATE INDEX article_bookmarked_by_date ON article(sortDate, id) WHERE isBookmarked = 1;
        CREATE INDEX article_feed_by_date ON article(feedId, sortDate, id);
        CREATE INDEX article_feed_unread_by_date ON article(feedId, sortDate, id) WHERE isRead = 0;
        CREATE INDEX feedTag_by_tag ON feedTag(tag, feedId);
        """

    /// FTS5 over title, author, feed title and plain text (DESIGN §6), with external content read
    /// through a view so snippets come from the stored, vocalized text. The default rank is bm25
    /// with the title weighted up. Segments are merged 16 at a time instead of 4: a cold refresh
    /// spent a fifth of its time re-merging the index, and searches measured no slower
    /// (`vacuum` merges everything into one segment anyway).
    static let search = """
        CREATE VIEW articleSearchSource AS
            SELECT article.id AS id, article.title AS title, coalesce(article.author, '') AS author,
                   coalesce(feed.customTitle, nullif(feed.title, ''), feed.url) AS feedTitle,
                   article.plainText AS plainText
            FROM article JOIN feed ON feed.id = article.feedId;
        CREATE VIRTUAL TABLE articleSearch USING fts5(
            title, author, feedTitle, plainText,
            content = 'articleSearchSource', content_rowid = 'id',
            tokenize = '\(SearchTokenizer.name)'
        );
        INSERT INTO articleSearch(articleSearch, rank) VALUES ('rank', 'bm25(8.0, 2.0, 2.0, 1.0)');
        INSERT INTO articleSearch(articleSearch, rank) VALUES ('automerge', 16);
        """

    /// Keeps counts and the search index in step with the tables.
    static let triggers = """
        CREATE TRIGGER article_inserted AFTER INSERT ON article BEGIN
            UPDATE feed SET totalCount = totalCount + 1, unreadCount = unreadCount + (new.isRead = 0)
            WHERE id = new.feedId;
            INSERT INTO articleSearch(rowid, title, author, feedTitle, plainText)
            SELECT new.id, new.title, coalesce(new.author, ''),
                   coalesce(feed.customTitle, nullif(feed.title, ''), feed.url), new.plainText
            FROM feed WHERE feed.id = new.feedId;
        END;
        CREATE TRIGGER article_deleted AFTER DELETE ON article BEGIN
            UPDATE feed SET totalCount = totalCount - 1, unreadCount = unreadCount - (old.isRead = 0)
            WHERE id = old.feedId;
            INSERT INTO articleSearch(articleSearch, rowid, title, author, feedTitle, plainText)
            SELECT 'delete', old.id, old.title, coalesce(old.author, ''),
                   coalesce(feed.customTitle, nullif(feed.title, ''), feed.url), old.plainText
            FROM feed WHERE feed.id = old.feedId;
        END;
        CREATE TRIGGER article_read_changed AFTER UPDATE OF isRead ON article
        WHEN old.isRead IS NOT new.isRead BEGIN
            UPDATE feed SET unreadCount = unreadCount + (CASE WHEN new.isRead = 0 THEN 1 ELSE -1 END)
            WHERE id = new.feedId;
        END;
        CREATE TRIGGER article_text_changed AFTER UPDATE OF title, author, plainText ON article
        WHEN old.title IS NOT new.title OR old.author IS NOT new.author OR old.plainText IS NOT new.plainText
        BEGIN
            INSERT INTO articleSearch(articleSearch, rowid, title, author, feedTitle, plainText)
            SELECT 'delete', old.id, old.title, coalesce(old.author, ''),
                   coalesce(feed.customTitle, nullif(feed.title, ''), feed.url), old.plainText
            FROM feed WHERE feed.id = old.feedId;
            INSERT INTO articleSearch(rowid, title, author, feedTitle, plainText)
            SELECT new.id, new.title, coalesce(new.author, ''),
                   coalesce(feed.customTitle, nullif(feed.title, ''), feed.url), new.plainText
            FROM feed WHERE feed.id = new.feedId;
        END;
        CREATE TRIGGER feed_title_changed AFTER UPDATE OF title, customTitle, url ON feed
        WHEN coalesce(old.customTitle, nullif(old.title, ''), old.url)
             IS NOT coalesce(new.customTitle, nullif(new.title, ''), new.url)
        BEGIN
            INSERT INTO articleSearch(articleSearch, rowid, title, author, feedTitle, plainText)
            SELECT 'delete', id, title, coalesce(author, ''),
                   coalesce(old.customTitle, nullif(old.title, ''), old.url), plainText
            FROM article WHERE feedId = old.id;
            INSERT INTO articleSearch(rowid, title, author, feedTitle, plainText)
            SELECT id, title, coalesce(author, ''),
                   coalesce(new.customTitle, nullif(new.title, ''), new.url), plainText
            FROM article WHERE feedId = new.id;
        END;
        """
}
