/// RFC 822/2822 dates and the variants feeds write: `Fri, 24 May 2024 09:30:00 GMT`,
/// `24 May 24 09:30 +0200`, `Friday, 24-May-2024 09:30`, `May 24, 2024 9:30 PM EST`,
/// asctime `Fri May 24 09:30:00 2024`. Read as tokens, so field order may vary.
enum RFC822DateParser {
    private static let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> DateComponentsUTC? {
        var scanner = ByteScanner(bytes)
        var month: Int?
        var numbers: [(value: Int, digits: Int)] = []
        var time: (hour: Int, minute: Int, second: Int)?
        var offset: Int?
        var pm: Bool?
        while let byte = scanner.current {
            if byte >= 0x30 && byte <= 0x39 {
                let start = scanner.index
                guard let value = scanner.digits(upTo: 4) else { return nil }
                let digits = scanner.index - start
                if scanner.peekDigit { return nil }
                if scanner.current == UInt8(ascii: ":"), time == nil {
                    scanner.index += 1
                    guard let minute = scanner.digits(exactly: 2) else { return nil }
                    var second = 0
                    if scanner.skip(UInt8(ascii: ":")) {
                        guard let value = scanner.digits(exactly: 2) else { return nil }
                        second = value
                        if scanner.skip(UInt8(ascii: ".")) { _ = scanner.fraction() }
                    }
                    time = (value, minute, second)
                } else {
                    numbers.append((value, digits))
                }
                continue
            }
            if (byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")) && time != nil && offset == nil {
                var lookahead = scanner
                lookahead.index += 1
                if lookahead.peekDigit {
                    guard let value = ZoneOffset.parse(&scanner) else { return nil }
                    offset = value
                    continue
                }
            }
            let lower = byte | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                let word = scanner.word()
                if word.count >= 3, let index = months.firstIndex(of: String(word.prefix(3))), month == nil,
                    isMonthName(word)
                {
                    month = index + 1
                } else if word == "am" || word == "pm" {
                    pm = word == "pm"
                } else if isWeekday(word) {
                    continue
                } else if let zone = ZoneOffset.named(word), offset == nil {
                    offset = zone
                    if scanner.peekSign, let sign = scanner.sign(), let hours = scanner.digits(upTo: 2) {
                        var minutes = 0
                        if scanner.skip(UInt8(ascii: ":")), let value = scanner.digits(exactly: 2) { minutes = value }
                        offset = zone + sign * (hours * 3600 + minutes * 60)
                    }
                } else if word == "at" || word == "the" || word == "of" || word == "st" || word == "nd" || word == "rd" || word == "th" {
                    continue
                } else {
                    return nil
                }
                continue
            }
            scanner.index += 1
        }
        guard let month, !numbers.isEmpty, numbers.count <= 2 else { return nil }
        let day: Int
        let year: Int
        if numbers.count == 2 {
            // A four-digit number is the year wherever it stands; otherwise day comes first.
            if numbers[0].digits == 4 {
                (year, day) = (numbers[0].value, numbers[1].value)
            } else if numbers[1].digits == 4 || numbers[0].digits <= 2 {
                (day, year) = (numbers[0].value, expandYear(numbers[1]))
            } else {
                return nil
            }
        } else {
            return nil
        }
        var components = DateComponentsUTC(year: year, month: month, day: day)
        if let time {
            var hour = time.hour
            if let pm {
                guard (1...12).contains(hour) else { return nil }
                hour = hour % 12 + (pm ? 12 : 0)
            }
            components.hour = hour
            components.minute = time.minute
            components.second = time.second
        }
        components.offset = offset ?? 0
        return components
    }

    /// RFC 2822 §4.3: two-digit years 00–49 are 20xx, 50–99 are 19xx; three digits add 1900.
    private static func expandYear(_ number: (value: Int, digits: Int)) -> Int {
        switch number.digits {
        case 1, 2: return number.value < 50 ? 2000 + number.value : 1900 + number.value
        case 3: return 1900 + number.value
        default: return number.value
        }
    }

    private static func isMonthName(_ word: String) -> Bool {
        if word.count <= 4 { return true }  // "sept"
        let full = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        return full.contains(word)
    }

    private static func isWeekday(_ word: String) -> Bool {
        let days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        guard word.count >= 3, days.contains(String(word.prefix(3))) else { return false }
        return word.count <= 4
            || ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains(word)
    }
}
