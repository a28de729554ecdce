/// What a cell draws: one code point, or a string (marks, emoji sequences, caller-made cells).
enum CellContent: Sendable, Equatable {
    case scalar(Unicode.Scalar)
    case string(String)

    var text: String {
        switch self {
        case .scalar(let scalar): String(scalar)
        case .string(let string): string
        }
    }

    static func == (lhs: CellContent, rhs: CellContent) -> Bool {
        switch (lhs, rhs) {
        case (.scalar(let a), .scalar(let b)): a == b
        default: lhs.text == rhs.text
        }
    }
}
