/// Attributes a cell can carry besides its colours; any combination may apply.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1 << 0)
    public static let italic = TextAttributes(rawValue: 1 << 1)
    public static let underline = TextAttributes(rawValue: 1 << 2)
    public static let reverse = TextAttributes(rawValue: 1 << 3)
    public static let dim = TextAttributes(rawValue: 1 << 4)

    /// Names in a fixed order, for snapshot files.
    public var names: [String] {
        var names: [String] = []
        if contains(.bold) { names.append("bold") }
        if contains(.italic) { names.append("italic") }
        if contains(.underline) { names.append("underline") }
        if contains(.reverse) { names.append("reverse") }
        if contains(.dim) { names.append("dim") }
        return names
    }
}
