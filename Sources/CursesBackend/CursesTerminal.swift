@preconcurrency import CNcursesw

/// The only code that talks to ncurses (placeholder until the reader lands).
public enum CursesTerminal {
    public static var isAvailable: Bool { true }
}
