/// Right-to-left scripts by BCP 47 primary language subtag, used when markup or the feed names a
/// language but the text itself has not been looked at yet.
public enum LanguageDirection {
    static let rightToLeftPrimaryTags: Set<String> = [
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi",
    ]

    /// Whether `languageTag` names a language written right to left (`ar`, `he-IL`, `fa_IR`).
    public static func isRightToLeft(_ languageTag: String?) -> Bool {
        guard let tag = languageTag?.lowercased(), !tag.isEmpty else { return false }
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? tag
        if rightToLeftPrimaryTags.contains(primary) { return true }
        // A script subtag overrides the language's usual script (e.g. "ku-Arab", "az-Arab").
        return tag.contains("-arab") || tag.contains("-hebr") || tag.contains("-syrc") || tag.contains("-thaa")
    }
}
