/// How many articles a feed keeps (DESIGN §3). Bookmarked articles are always kept and do not
/// count against the limit; removed articles are remembered so a refresh never brings them back.
public enum RetentionPolicy: Hashable, Sendable {
    /// Keep the newest `count` articles that are not bookmarked.
    case keepLatest(Int)
    /// Keep articles dated within the last `days` days.
    case keepDays(Int)
}
