/// A grid of cells that widgets draw into (placeholder until the UI lands).
public struct Buffer: Sendable {}
