/// The two Foundation character sets the parser trims with, matched on UTF-8 bytes.
///
/// `String.trimmingCharacters(in:)` goes through `NSString` and costs an allocation and a
/// UTF-16 round trip per call; titles, GUIDs, authors and summaries all pass through it. These
/// sets are Foundation's exactly, which is Unicode `White_Space` plus U+200B ZERO WIDTH SPACE
/// (a test compares them scalar by scalar), and trimming works scalar by scalar as Foundation's does.
enum TrimmedCharacters {
    /// `CharacterSet.whitespaces`: tab and the space separators.
    case whitespaces
    /// `CharacterSet.whitespacesAndNewlines`: also LF, VT, FF, CR, NEL, LS and PS.
    case whitespacesAndNewlines

    func contains(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return self == .whitespacesAndNewlines
        default: return false
        }
    }

    /// `text` without the leading and trailing scalars of this set.
    func trim(_ text: String) -> String {
        var copy = text
        let (start, end) = copy.withUTF8 { bytes -> (Int, Int) in
            var start = 0
            while start < bytes.count {
                let (value, length) = Self.scalar(in: bytes, at: start)
                guard contains(value) else { break }
                start += length
            }
            var end = bytes.count
            while end > start {
                var scalarStart = end - 1
                while scalarStart > start, bytes[scalarStart] & 0xC0 == 0x80 { scalarStart -= 1 }
                guard contains(Self.scalar(in: bytes, at: scalarStart).value) else { break }
                end = scalarStart
            }
            return (start, end)
        }
        if start == 0 && end == copy.utf8.count { return copy }
        let utf8 = copy.utf8
        return String(copy[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)])
    }

    /// The scalar starting at `index` of valid UTF-8, and its length in bytes.
    @inline(__always)
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return (UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        let value =
            UInt32(lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
            | UInt32(bytes[index + 3] & 0x3F)
        return (value, 4)
    }
}

extension StringProtocol {
    /// `trimmingCharacters(in:)` with `.whitespaces` or `.whitespacesAndNewlines`, without Foundation.
    func trimming(_ set: TrimmedCharacters) -> String {
        set.trim(String(self))
    }
}
