/// How a cell looks: foreground, background and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes

    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()

    public static func attributes(_ attributes: TextAttributes) -> Style { Style(attributes: attributes) }

    /// This style with `other`'s non-default colours laid over it and the attributes of both.
    public func patched(with other: Style) -> Style {
        Style(
            foreground: other.foreground == .default ? foreground : other.foreground,
            background: other.background == .default ? background : other.background,
            attributes: attributes.union(other.attributes))
    }

    /// A compact description for snapshot files: `fg=red bg=blue bold,underline`, or `plain`.
    public var snapshotDescription: String {
        var parts: [String] = []
        if foreground != .default { parts.append("fg=\(foreground.rawValue)") }
        if background != .default { parts.append("bg=\(background.rawValue)") }
        if !attributes.isEmpty { parts.append(attributes.names.joined(separator: ",")) }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }
}
