/// The terminal-wg "BiDi in Terminal Emulators" escape sequences (DESIGN §5, bidi.md §1.2).
///
/// sahifa sends cells already in visual order, so a terminal that reorders on its own would undo
/// the work. Before the session: `CSI 8 l` (BDSM reset: explicit mode, the terminal must not
/// reorder) and `CSI 1 SP k` (SCP: left-to-right presentation). After it: `CSI 8 h` and `CSI 0 SP k`
/// give the shell back the terminal's implicit default.
enum BidiModeSequences {
    static let enterExplicit = "\u{1B}[8l\u{1B}[1 k"
    static let leaveExplicit = "\u{1B}[8h\u{1B}[0 k"
}
