@preconcurrency import CNcursesw

/// Makes the C library speak UTF-8 before ncurses starts (platform.md §1).
///
/// Without a UTF-8 `LC_CTYPE`, ncursesw prints multibyte text as `~E ~N` garbage and `setcchar`
/// rejects every non-ASCII character. Cron jobs, CI and `env -i` give the "C" locale, so the
/// environment's choice is tried first and C.UTF-8 is the fallback.
public enum TerminalLocale {
    /// Selects the environment's locale, falling back to C.UTF-8 for the character type.
    public static func ensureUTF8() throws(CursesError) {
        setlocale(LC_ALL, "")
        if isUTF8 { return }
        setlocale(LC_CTYPE, "C.UTF-8")
        if isUTF8 { return }
        throw .noUTF8Locale(codeset)
    }

    static var codeset: String {
        guard let name = nl_langinfo(nl_item(CODESET)) else { return "unknown" }
        return String(cString: name)
    }

    static var isUTF8: Bool {
        let name = codeset.uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
