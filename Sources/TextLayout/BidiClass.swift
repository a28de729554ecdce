import CFriBidi

/// Bidi_Class values (UAX #9 Table 4), the vocabulary of BidiTest.txt.
///
/// Public so conformance tests can feed classes directly; the layout engine gets them from
/// fribidi's character tables.
public enum BidiClass: String, CaseIterable, Sendable {
    case L, R, AL, EN, ES, ET, AN, CS, NSM, BN, B, S, WS, ON
    case LRE, LRO, RLE, RLO, PDF, LRI, RLI, FSI, PDI

    var fribidiType: FriBidiCharType {
        switch self {
        case .L: FRIBIDI_TYPE_LTR
        case .R: FRIBIDI_TYPE_RTL
        case .AL: FRIBIDI_TYPE_AL
        case .EN: FRIBIDI_TYPE_EN
        case .ES: FRIBIDI_TYPE_ES
        case .ET: FRIBIDI_TYPE_ET
        case .AN: FRIBIDI_TYPE_AN
        case .CS: FRIBIDI_TYPE_CS
        case .NSM: FRIBIDI_TYPE_NSM
        case .BN: FRIBIDI_TYPE_BN
        case .B: FRIBIDI_TYPE_BS
        case .S: FRIBIDI_TYPE_SS
        case .WS: FRIBIDI_TYPE_WS
        case .ON: FRIBIDI_TYPE_ON
        case .LRE: FRIBIDI_TYPE_LRE
        case .LRO: FRIBIDI_TYPE_LRO
        case .RLE: FRIBIDI_TYPE_RLE
        case .RLO: FRIBIDI_TYPE_RLO
        case .PDF: FRIBIDI_TYPE_PDF
        case .LRI: FRIBIDI_TYPE_LRI
        case .RLI: FRIBIDI_TYPE_RLI
        case .FSI: FRIBIDI_TYPE_FSI
        case .PDI: FRIBIDI_TYPE_PDI
        }
    }

    /// Characters removed by rule X9 (embeddings, overrides, PDF, BN): they get no level of
    /// their own and no place in the visual order of the conformance files.
    public var isRemovedByX9: Bool {
        switch self {
        case .LRE, .LRO, .RLE, .RLO, .PDF, .BN: true
        default: false
        }
    }
}
