/// Looks up HTML named character references (HTML §13.5), for feeds that use them in XML
/// and for turning HTML into plain text.
enum HTMLEntities {
    /// Name (without `&` and `;`) → replacement text.
    static let table: [String: String] = {
        var table: [String: String] = [:]
        table.reserveCapacity(2300)
        for entry in HTMLEntityTable.packed.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            guard let equals = entry.firstIndex(of: "=") else { continue }
            var scalars = String.UnicodeScalarView()
            for hex in entry[entry.index(after: equals)...].split(separator: "+") {
                if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
            }
            table[String(entry[..<equals])] = String(scalars)
        }
        return table
    }()

    /// Names recognised without a closing semicolon (`&copy 2024`, `&amp` in old pages).
    static let legacyNames: Set<String> = Set(
        HTMLEntityTable.legacyNames.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    static func text(forName name: String) -> String? { table[name] }

    /// The character a numeric reference stands for, as HTML reads it (§13.2.5.80): the
    /// windows-1252 meaning for 0x80–0x9F, U+FFFD for zero, surrogates and out-of-range values,
    /// and nil for other control characters, which are dropped.
    static func scalar(forNumericReference value: UInt32) -> Unicode.Scalar? {
        switch value {
        case 0, 0xD800...0xDFFF, 0x110000...:
            return "\u{FFFD}"
        case 0x80...0x9F:
            return Unicode.Scalar(Windows1252.scalar(for: UInt8(value)))
        case 0x09, 0x0A, 0x0D:
            return Unicode.Scalar(value)
        case 0x01...0x1F, 0x7F:
            return nil
        default:
            return Unicode.Scalar(value)
        }
    }
}
