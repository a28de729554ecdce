@preconcurrency import CNcursesw
import Foundation
import TerminalUI

/// The real terminal through ncursesw: a `Backend` for drawing and an `InputSource` for keys.
///
/// Every method except the signal and input watchers' callbacks must be called from the one
/// loop that owns the screen (ncurses is not thread-safe). Setup follows platform.md §1 and
/// bidi.md Appendix A: UTF-8 locale, the BiDi escape sequences around the session, one `cchar_t`
/// per cell (base character plus up to four marks).
public final class CursesScreen: Backend, InputSource {
    private let window: UnsafeMutablePointer<WINDOW>
    private let screen: OpaquePointer
    private var palette: ColorPalette
    private let watcher = InputWatcher()
    private var signals: SignalWatcher?
    private let flags = ScreenFlags()
    private var isActive = true

    /// Takes over the terminal. `colors` false (or `NO_COLOR` in the environment) draws in mono.
    ///
    /// `onTerminate` is called (from another thread) with the signal number when SIGINT, SIGTERM
    /// or SIGHUP arrives; the owner should leave its loop and call `shutdown()`. A second signal
    /// restores the terminal and exits at once, for a loop that no longer responds.
    public init(
        colors: Bool = ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true,
        onTerminate: @escaping @Sendable (Int32) -> Void
    ) throws(CursesError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        try TerminalLocale.ensureUTF8()
        TerminalWriter.send(BidiModeSequences.enterExplicit)
        guard let screen = cnc_newterm(), let window = cnc_stdscr() else {
            TerminalWriter.send(BidiModeSequences.leaveExplicit)
            throw .unknownTerminal(ProcessInfo.processInfo.environment["TERM"] ?? "")
        }
        self.screen = screen
        self.window = window
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        nodelay(window, true)
        set_escdelay(25)
        curs_set(0)
        palette = ColorPalette(usesColor: colors)

        let flags = self.flags
        signals = SignalWatcher([SIGINT, SIGTERM, SIGHUP, SIGWINCH]) { number in
            if number == SIGWINCH {
                flags.requestResize()
                flags.wake?()
                return
            }
            if flags.countTermination() > 1 {
                // The loop did not react to the first signal: restore what we can and leave.
                endwin()
                TerminalWriter.send(BidiModeSequences.leaveExplicit)
                _exit(128 + number)
            }
            onTerminate(number)
        }
    }

    deinit { shutdown() }

    /// Gives the terminal back: stops the watchers, ends ncurses, resets the BiDi mode.
    /// Safe to call more than once.
    public func shutdown() {
        guard isActive else { return }
        isActive = false
        watcher.stop()
        curs_set(1)
        endwin()
        TerminalWriter.send(BidiModeSequences.leaveExplicit)
        signals?.cancel()
        signals = nil
        delscreen(screen)
    }

    /// Leaves curses mode temporarily so a program (a text-mode browser) can use the terminal.
    public func suspend() {
        guard isActive else { return }
        endwin()
        TerminalWriter.send(BidiModeSequences.leaveExplicit)
    }

    /// Returns to curses mode after `suspend`; the caller redraws everything.
    public func resume() {
        guard isActive else { return }
        TerminalWriter.send(BidiModeSequences.enterExplicit)
        wrefresh(window)
        clearok(window, true)
    }

    /// Writes an escape sequence straight to the terminal between frames (OSC 52 clipboard).
    /// The caller makes sure it is well formed; nothing user-controlled may reach it unencoded.
    public func sendControlSequence(_ sequence: String) {
        guard isActive else { return }
        TerminalWriter.send(sequence)
    }

    // MARK: Backend

    public func size() -> Size {
        var rows: Int32 = 0
        var columns: Int32 = 0
        cnc_getmaxyx(window, &rows, &columns)
        return Size(width: Int(columns), height: Int(rows))
    }

    public func draw(_ changes: [CellChange]) {
        var characters = [wchar_t](repeating: 0, count: Int(CCHARW_MAX) + 1)
        var space: [wchar_t] = [0x20, 0]
        for change in changes {
            guard let base = change.cell.text.unicodeScalars.first else { continue }
            let count = Self.fillCell(&characters, base: base, rest: change.cell.text.unicodeScalars.dropFirst())
            characters[count] = 0
            var character = cchar_t()
            let style = change.cell.style
            let attributes = palette.attributes(for: style)
            let pair = palette.pair(for: style)
            setcchar(&character, characters, attributes, pair, nil)
            let y = Int32(change.position.y)
            let x = Int32(change.position.x)
            // Writing the bottom-right cell reports ERR (the cursor cannot advance) but draws it.
            _ = mvwadd_wch(window, y, x, &character)
            // A cluster the layout counts as wide but whose base the C library thinks narrow
            // (a flag, a keycap) must not leave the old right half on screen.
            if change.cell.width == 2, cnc_wcwidth(characters[0]) < 2 {
                var blank = cchar_t()
                setcchar(&blank, &space, attributes, pair, nil)
                _ = mvwadd_wch(window, y, x + 1, &blank)
            }
        }
    }

    /// One spacing character and up to four zero-width ones after it (bidi.md §3): combining marks
    /// and variation selectors stay; a joiner and whatever it joins are dropped, since ncurses
    /// would put the second spacing character in a cell of its own.
    static func fillCell(
        _ characters: inout [wchar_t], base: Unicode.Scalar, rest: some Sequence<Unicode.Scalar>
    ) -> Int {
        characters[0] = wchar_t(bitPattern: base.value)
        var count = 1
        for scalar in rest {
            if scalar.value == 0x200D || count == Int(CCHARW_MAX) { break }
            let character = wchar_t(bitPattern: scalar.value)
            if cnc_wcwidth(character) == 0 {
                characters[count] = character
                count += 1
            }
        }
        return count
    }

    public func clear() {
        werase(window)
        clearok(window, true)
    }

    public func flush() {
        wnoutrefresh(window)
        doupdate()
    }

    // MARK: InputSource

    public func start(wake: @escaping @Sendable () -> Void) {
        flags.wake = wake
        watcher.start(wake: wake)
    }

    public func readKeys() -> [Key] {
        var keys: [Key] = []
        if flags.takeResizeRequest() {
            var rows: Int32 = 0
            var columns: Int32 = 0
            if cnc_terminal_size(STDOUT_FILENO, &rows, &columns) == 0 {
                resizeterm(rows, columns)
            }
            keys.append(.resize)
        }
        var code: wint_t = 0
        while true {
            let status = wget_wch(window, &code)
            if status == ERR { break }
            guard let key = KeyDecoder.key(status: status, code: code) else { continue }
            // resizeterm queues a KEY_RESIZE of its own; one resize per batch is enough.
            if key == .resize, keys.contains(.resize) { continue }
            keys.append(key)
        }
        watcher.rearm()
        return keys
    }

    public func stop() {
        flags.wake = nil
        watcher.stop()
    }
}
