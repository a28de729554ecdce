import CFriBidi

/// One UAX #9 paragraph resolved by fribidi: classes, bracket pairs, embedding levels (P2–I2,
/// with N0 through `fribidi_get_par_embedding_levels_ex`), then Arabic joining, shaping and
/// mirroring in logical order (L4). Lines are reordered later, one by one (`reorderLine`).
///
/// Levels are resolved once per paragraph, never per line: running UAX #9 per wrapped
/// line would make a line that starts with an Arabic word a right-to-left paragraph of its own.
/// The layout engine and the conformance tests both go through this type.
public struct BidiParagraph: Sendable {
    /// What to apply beyond the core algorithm. The conformance files leave L3 and L4 out of
    /// scope, so they switch `reordersMarks` and `mirrors` off; a terminal needs both on.
    public struct Options: Hashable, Sendable {
        /// Keep combining marks after their base in visual order (UAX #9 L3; REORDER_NSM).
        public var reordersMarks: Bool
        /// Replace mirrored characters at odd levels by their mirror glyphs (L4).
        public var mirrors: Bool
        /// Arabic presentation forms (joining) and lam-alef ligatures.
        public var shapesArabic: Bool

        public init(reordersMarks: Bool = true, mirrors: Bool = true, shapesArabic: Bool = true) {
            self.reordersMarks = reordersMarks
            self.mirrors = mirrors
            self.shapesArabic = shapesArabic
        }

        /// What BidiTest.txt and BidiCharacterTest.txt expect: L1–L2 only.
        public static let conformance = Options(reordersMarks: false, mirrors: false, shapesArabic: false)
    }

    /// The text in logical order, after shaping and mirroring (same length as the input: a
    /// lam-alef ligature leaves U+FEFF in the lam's place).
    public let shaped: [UInt32]
    /// Resolved embedding levels per position, before the line rules L1–L2.
    public var levels: [UInt8] { resolvedLevels.map { UInt8(bitPattern: $0) } }
    let resolvedLevels: [FriBidiLevel]
    /// The paragraph embedding level: 0 left-to-right, 1 right-to-left.
    public let baseLevel: UInt8
    let types: [FriBidiCharType]
    let options: Options

    public var isRightToLeft: Bool { baseLevel & 1 == 1 }

    /// Resolves a paragraph of code points. `direction` forces the paragraph level, or `.auto`
    /// takes it from the first strong character outside isolates (P2–P3), falling back to LTR.
    public init(scalars: [UInt32], direction: ParagraphDirection, options: Options = Options()) {
        self.init(scalars: scalars, direction: direction, options: options, usesShortcuts: true)
    }

    /// Resolves a sequence of bidi classes directly (BidiTest.txt), without bracket pairs; the
    /// text stands in as U+FFFC so nothing is shaped or mirrored.
    public init(classes: [BidiClass], direction: ParagraphDirection, options: Options = .conformance) {
        let types = classes.map(\.fribidiType)
        let brackets = [FriBidiBracketType](repeating: 0, count: classes.count)
        let scalars = [UInt32](repeating: 0xFFFC, count: classes.count)
        var plain = options
        plain.shapesArabic = false
        plain.mirrors = false
        self.init(scalars: scalars, types: types, brackets: brackets, direction: direction, options: plain)
    }

    /// With `usesShortcuts` false, the general path: fribidi resolves levels from the unchanged
    /// classes, what the tests compare `NeutralRunMerger` and `RightToLeftShortcut` against.
    init(scalars: [UInt32], direction: ParagraphDirection, options: Options, usesShortcuts: Bool) {
        let count = scalars.count
        var types = [FriBidiCharType](repeating: FRIBIDI_TYPE_ON, count: count)
        var brackets = [FriBidiBracketType](repeating: 0, count: count)
        scalars.withUnsafeBufferPointer { text in
            types.withUnsafeMutableBufferPointer { types in
                fribidi_get_bidi_types(text.baseAddress, FriBidiStrIndex(count), types.baseAddress)
                brackets.withUnsafeMutableBufferPointer { brackets in
                    fribidi_get_bracket_types(text.baseAddress, FriBidiStrIndex(count), types.baseAddress, brackets.baseAddress)
                }
            }
        }
        self.init(
            scalars: scalars, types: types, brackets: brackets, direction: direction, options: options, usesShortcuts: usesShortcuts)
    }

    private init(
        scalars: [UInt32], types: [FriBidiCharType], brackets: [FriBidiBracketType], direction: ParagraphDirection, options: Options,
        usesShortcuts: Bool = true
    ) {
        let count = scalars.count
        var levels = [FriBidiLevel](repeating: 0, count: count)
        var base: FriBidiParType
        switch direction {
        case .auto: base = FRIBIDI_PAR_ON
        case .leftToRight: base = FRIBIDI_PAR_LTR
        case .rightToLeft: base = FRIBIDI_PAR_RTL
        }
        var resolved = true
        if usesShortcuts && count > 0 && RightToLeftShortcut.applies(to: types, direction: direction) {
            levels = [FriBidiLevel](repeating: 1, count: count)
            base = FRIBIDI_PAR_RTL
        } else if count > 0 {
            // Only the level resolution sees the merged classes; the line rules (L1) and Arabic
            // joining read the original ones.
            let levelTypes = usesShortcuts ? NeutralRunMerger.merged(types, brackets: brackets) : types
            levelTypes.withUnsafeBufferPointer { types in
                brackets.withUnsafeBufferPointer { brackets in
                    levels.withUnsafeMutableBufferPointer { levels in
                        resolved = fribidi_get_par_embedding_levels_ex(
                            types.baseAddress, brackets.baseAddress, FriBidiStrIndex(count), &base, levels.baseAddress) != 0
                    }
                }
            }
        }
        let rtlBase = base == FRIBIDI_PAR_RTL || (base != FRIBIDI_PAR_LTR && direction == .rightToLeft)
        if !resolved {
            // fribidi only fails on allocation; show the text unreordered rather than nothing.
            levels = [FriBidiLevel](repeating: rtlBase ? 1 : 0, count: count)
        }
        self.types = types
        self.resolvedLevels = levels
        self.baseLevel = rtlBase ? 1 : 0
        self.options = options
        self.shaped = ArabicShaper.shape(scalars, types: types, levels: levels, options: options)
    }
}
