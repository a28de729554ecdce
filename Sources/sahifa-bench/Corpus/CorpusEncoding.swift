/// Character encodings of generated feeds: UTF-8 plus the two legacy ones feeds still use most.
enum CorpusEncoding: String, Codable, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case latin1 = "ISO-8859-1"
    case windows1256 = "windows-1256"

    /// The name iconv knows the encoding by.
    var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .latin1: "ISO-8859-1"
        case .windows1256: "WINDOWS-1256"
        }
    }
}
