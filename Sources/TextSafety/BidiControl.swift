/// The explicit directional formatting characters of UAX #9 §2 (X1–X8), plus the implicit marks.
enum BidiControl: Equatable {
    case embedding  // LRE, RLE (§2.1)
    case override  // LRO, RLO (§2.2)
    case popFormatting  // PDF (§2.3)
    case isolate  // LRI, RLI, FSI (§2.4)
    case popIsolate  // PDI (§2.5)
    case mark  // LRM, RLM, ALM (§2.6)

    init?(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x202A, 0x202B: self = .embedding
        case 0x202D, 0x202E: self = .override
        case 0x202C: self = .popFormatting
        case 0x2066, 0x2067, 0x2068: self = .isolate
        case 0x2069: self = .popIsolate
        case 0x200E, 0x200F, 0x061C: self = .mark
        default: return nil
        }
    }
}
