/// RFC 3339 / ISO 8601 / W3C-DTF: `2024-05-24T09:30:00.5+02:00`, `2024-05-24 09:30Z`,
/// `20240524T093000Z`, `2024-05-24`, `2024-05`, `2024`.
enum ISO8601DateParser {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> DateComponentsUTC? {
        var scanner = ByteScanner(bytes)
        guard let year = scanner.digits(exactly: 4) else { return nil }
        var components = DateComponentsUTC(year: year)
        if scanner.isAtEnd { return components }
        let extended = scanner.skip(UInt8(ascii: "-"))
        guard let month = scanner.digits(exactly: 2) else { return nil }
        components.month = month
        if scanner.isAtEnd { return extended ? components : nil }
        if extended { guard scanner.skip(UInt8(ascii: "-")) else { return nil } }
        guard let day = scanner.digits(exactly: 2) else { return nil }
        components.day = day
        if scanner.isAtEnd { return components }
        guard scanner.skip(UInt8(ascii: "T")) || scanner.skip(UInt8(ascii: "t")) || scanner.skip(0x20) else { return nil }
        while scanner.skip(0x20) {}
        guard let hour = scanner.digits(exactly: 2) else { return nil }
        components.hour = hour
        let colon = scanner.skip(UInt8(ascii: ":"))
        guard let minute = scanner.digits(exactly: 2) else { return nil }
        components.minute = minute
        if colon ? scanner.skip(UInt8(ascii: ":")) : scanner.peekDigit {
            guard let second = scanner.digits(exactly: 2) else { return nil }
            components.second = second
            if scanner.skip(UInt8(ascii: ".")) || scanner.skip(UInt8(ascii: ",")) {
                guard let fraction = scanner.fraction() else { return nil }
                components.fraction = fraction
            }
        }
        while scanner.skip(0x20) {}
        if scanner.isAtEnd { return components }
        guard let offset = ZoneOffset.parse(&scanner), scanner.isAtEnd else { return nil }
        components.offset = offset
        return components
    }
}

/// Reads numeric (`+02:00`, `-0700`, `+05`) and named zones (`Z`, `GMT`, `EST`, military letters).
enum ZoneOffset {
    static func parse(_ scanner: inout ByteScanner) -> Int? {
        if let sign = scanner.sign() {
            guard let hours = scanner.digits(exactly: 2) else { return nil }
            var minutes = 0
            if scanner.skip(UInt8(ascii: ":")) {
                guard let value = scanner.digits(exactly: 2) else { return nil }
                minutes = value
            } else if let value = scanner.digits(exactly: 2) {
                minutes = value
            }
            guard hours <= 23, minutes <= 59 else { return nil }
            return sign * (hours * 3600 + minutes * 60)
        }
        let word = scanner.word()
        guard !word.isEmpty, var offset = named(word) else { return nil }
        // `GMT+2`, `UTC+05:30`
        if scanner.peekSign, let sign = scanner.sign(), let hours = scanner.digits(upTo: 2) {
            var minutes = 0
            if scanner.skip(UInt8(ascii: ":")), let value = scanner.digits(exactly: 2) { minutes = value }
            offset += sign * (hours * 3600 + minutes * 60)
        }
        return offset
    }

    /// Offsets of zone names (RFC 822 §5.1 and the abbreviations feeds commonly use).
    /// Military letters follow their real meaning (A = +1 … M = +12, N = −1 … Y = −12), not
    /// RFC 822's reversed table that RFC 1123 §5.2.14 calls an error.
    static func named(_ word: String) -> Int? {
        let hours: Double
        switch word {
        case "z", "ut", "utc", "gmt", "wet", "zulu": hours = 0
        case "est": hours = -5
        case "edt": hours = -4
        case "cst": hours = -6
        case "cdt": hours = -5
        case "mst": hours = -7
        case "mdt": hours = -6
        case "pst": hours = -8
        case "pdt": hours = -7
        case "akst": hours = -9
        case "akdt": hours = -8
        case "hst": hours = -10
        case "ast": hours = -4
        case "adt": hours = -3
        case "nst": hours = -3.5
        case "ndt": hours = -2.5
        case "bst", "cet", "met", "west", "wat": hours = 1
        case "cest", "mest", "eet", "sast", "cat": hours = 2
        case "eest", "msk", "eat", "idt": hours = 3
        case "irst": hours = 3.5
        case "pkt": hours = 5
        case "ist": hours = 5.5
        case "ict", "wib": hours = 7
        case "hkt", "sgt", "awst", "pht", "cst8": hours = 8
        case "jst", "kst": hours = 9
        case "acst": hours = 9.5
        case "aest": hours = 10
        case "acdt": hours = 10.5
        case "aedt": hours = 11
        case "nzst": hours = 12
        case "nzdt": hours = 13
        default:
            guard word.utf8.count == 1, let letter = word.utf8.first, letter != UInt8(ascii: "j") else { return nil }
            switch letter {
            case UInt8(ascii: "a")...UInt8(ascii: "i"): hours = Double(letter - UInt8(ascii: "a") + 1)
            case UInt8(ascii: "k")...UInt8(ascii: "m"): hours = Double(letter - UInt8(ascii: "k") + 10)
            case UInt8(ascii: "n")...UInt8(ascii: "y"): hours = -Double(letter - UInt8(ascii: "n") + 1)
            default: return nil
            }
        }
        return Int(hours * 3600)
    }
}
