/// Maps the charset labels found in HTTP headers and XML declarations to the names glibc's
/// `iconv` knows, following the WHATWG Encoding Standard's label table where it differs from
/// IANA's (labels for ISO-8859-1 and US-ASCII decode as windows-1252, Shift_JIS as windows-31J,
/// GB2312 as GBK): those are what the documents labelled that way actually contain.
enum CharsetName {
    /// How a document's bytes should be read.
    enum Kind: Equatable {
        /// UTF-8: validated, invalid bytes repaired.
        case utf8
        /// Anything `iconv` converts, by its iconv name.
        case iconv(String)
    }

    static func kind(forLabel label: String) -> Kind {
        var name = label.lowercased()
        name.removeAll { $0 == "\"" || $0 == "'" || $0 == " " }
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8", "":
            return .utf8
        case "us-ascii", "ascii", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "cp819", "ibm819",
            "iso-ir-100", "cp1252", "windows-1252", "x-cp1252", "csisolatin1":
            return .iconv("WINDOWS-1252")
        case "iso-8859-8-i", "iso-8859-8-e", "iso8859-8", "iso_8859-8", "hebrew", "logical", "visual", "csiso88598i":
            return .iconv("ISO-8859-8")
        case "iso-8859-6-i", "iso-8859-6-e", "iso8859-6", "iso_8859-6", "arabic", "asmo-708", "ecma-114":
            return .iconv("ISO-8859-6")
        case "gb2312", "gb_2312", "gb_2312-80", "x-gbk", "chinese", "csgb2312", "iso-ir-58", "cp936", "gbk":
            return .iconv("GBK")
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "ms932", "windows-31j", "csshiftjis", "cp932":
            return .iconv("WINDOWS-31J")
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5", "csbig5":
            return .iconv("BIG5-HKSCS")
        case "euc-jp", "x-euc-jp", "cseucpkdfmtjapanese":
            return .iconv("EUC-JP-MS")
        case "koi8-r", "koi8", "koi", "cskoi8r":
            return .iconv("KOI8-R")
        case "utf-16", "utf16", "unicode", "ucs-2":
            return .iconv("UTF-16")
        default:
            if name.hasPrefix("cp125"), name.count == 6 { return .iconv("WINDOWS-" + name.dropFirst(2)) }
            if name.hasPrefix("x-mac") { return .iconv(String(name.dropFirst(2)).uppercased()) }
            return .iconv(name.uppercased())
        }
    }

    /// Whether `label` names an encoding whose bytes are not ASCII-compatible (UTF-16/32):
    /// a declaration of one over bytes that start with ASCII `<` is a leftover, not the truth.
    static func isWide(_ label: String) -> Bool {
        let name = label.lowercased()
        return name.hasPrefix("utf-16") || name.hasPrefix("utf16") || name.hasPrefix("utf-32")
            || name.hasPrefix("ucs-") || name == "unicode"
    }
}
