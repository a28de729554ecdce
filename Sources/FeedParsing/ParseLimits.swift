/// Bounds that keep a hostile or broken document from exhausting memory or time (DESIGN §8).
///
/// Every limit is named in the error or warning it causes, so a user can tell which one was hit.
public struct ParseLimits: Hashable, Sendable {
    /// Largest document accepted, in bytes, before any transcoding.
    public var maxBytes: Int
    /// Deepest element nesting accepted; deeper documents are refused.
    public var maxDepth: Int
    /// Items kept per feed; later items are dropped with a warning.
    public var maxItems: Int
    /// Text produced by entity expansion may not exceed this multiple of the input size
    /// (the input's own text can never exceed it, so only expansion trips it).
    public var maxExpansionFactor: Int

    public init(maxBytes: Int = 32 << 20, maxDepth: Int = 128, maxItems: Int = 10_000, maxExpansionFactor: Int = 4) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxItems = maxItems
        self.maxExpansionFactor = maxExpansionFactor
    }

    public static let `default` = ParseLimits()

    /// Most text (in bytes) a document of `inputSize` bytes may expand to.
    func maxTextBytes(forInputSize inputSize: Int) -> Int {
        max(inputSize, 1 << 16) * max(maxExpansionFactor, 1) + (1 << 20)
    }
}
