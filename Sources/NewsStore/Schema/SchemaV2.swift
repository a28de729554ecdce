/// SQL of the second migration: inserting an article fires no trigger any more; `InsertedArticles`
/// counts and indexes the articles of a fetch together, once per feed.
///
/// The index itself (tokenizer, columns, ranking) is unchanged, so existing databases keep it as
/// it is. Updates and deletes are still kept in step by the v1 triggers.
enum SchemaV2 {
    static let triggers = """
        DROP TRIGGER article_inserted;
        """
}
