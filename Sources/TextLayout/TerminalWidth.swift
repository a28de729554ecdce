import Glibc

/// Column widths as ncurses and the terminal compute them: glibc `wcwidth` (the table
/// ncurses uses), not `Character` counts or East Asian Width guesses of our own.
///
/// `wcwidth` answers -1 for everything outside ASCII unless LC_CTYPE is a UTF-8 locale, so the
/// table is filled once under a private `C.UTF-8` locale installed with `uselocale` on the
/// calling thread only; the process locale is never changed.
enum TerminalWidth {
    /// Widths of U+0000…U+3FFFF (BMP and the planes with emoji and CJK extensions); -1 where
    /// `wcwidth` reports a non-printable or unassigned character.
    static let table: [Int8] = buildTable(upTo: 0x40000)

    /// Columns of one scalar: 0, 1, 2, or -1 for characters the terminal cannot print.
    @inline(__always)
    static func of(_ value: UInt32) -> Int { of(value, in: table) }

    /// The same, with the table passed in by hot loops (saves the lazy-global check per call).
    @inline(__always)
    static func of(_ value: UInt32, in table: [Int8]) -> Int {
        if value < 0x40000 { return Int(table[Int(value)]) }
        switch value {
        case 0xE0001, 0xE0020...0xE007F, 0xE0100...0xE01EF: return 0  // tags, variation selectors supplement
        case 0xF0000...0x10FFFD: return (value & 0xFFFE) == 0xFFFE ? -1 : 1  // private use planes
        default: return -1
        }
    }

    private static func buildTable(upTo limit: UInt32) -> [Int8] {
        var table = [Int8](repeating: -1, count: Int(limit))
        let utf8 = utf8Locale()
        let previous = utf8.map { uselocale($0) }
        defer {
            if let previous { uselocale(previous) }
            if let utf8 { freelocale(utf8) }
        }
        for value in 0..<limit {
            table[Int(value)] = Int8(clamping: glibcWCWidth(wchar_t(bitPattern: value)))
        }
        return table
    }

    /// A UTF-8 LC_CTYPE locale: `C.UTF-8` (always present on Debian), else a common UTF-8 locale,
    /// else the environment's. Without one every non-ASCII character would be unprintable.
    private static func utf8Locale() -> locale_t? {
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8", ""] {
            guard let locale = newlocale(LC_CTYPE_MASK, name, nil) else { continue }
            let previous = uselocale(locale)
            let works = glibcWCWidth(0x05D0) == 1
            uselocale(previous)
            if works { return locale }
            freelocale(locale)
        }
        return nil
    }
}

/// glibc's `wcwidth(3)`; the Glibc module does not export it (it sits behind `_XOPEN_SOURCE`).
@_silgen_name("wcwidth")
private func glibcWCWidth(_ character: wchar_t) -> Int32
