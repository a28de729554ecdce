/// The language mix of a generated feed (one per feed, as real feeds mostly are).
enum CorpusLanguage: String, Codable, Sendable, CaseIterable {
    case english = "en"
    case arabic = "ar"
    case hebrew = "he"
    case persian = "fa"
    case chinese = "zh"
    case japanese = "ja"
    /// English sprinkled with emoji sequences.
    case emoji
    /// English commentary quoting vocalized Arabic in ﴿…﴾ with a bold translation and a reference.
    case mixed

    /// BCP 47 tag the feed declares.
    var tag: String {
        switch self {
        case .emoji, .mixed: "en"
        default: rawValue
        }
    }

    var isRightToLeft: Bool { self == .arabic || self == .hebrew || self == .persian }

    var lexicon: Lexicon {
        switch self {
        case .english, .emoji, .mixed: .english
        case .arabic: .arabic
        case .hebrew: .hebrew
        case .persian: .persian
        case .chinese: .chinese
        case .japanese: .japanese
        }
    }
}
