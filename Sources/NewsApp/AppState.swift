/// Everything the reader shows (placeholder until the reader lands).
public struct AppState: Sendable {}
