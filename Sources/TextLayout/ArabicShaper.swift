import CFriBidi

/// Arabic joining and shaping to presentation forms, plus mirroring (UAX #9 L4), all in
/// logical order before any reordering: fribidi cannot shape a visual string.
///
/// Terminals such as xterm and tmux do not shape, so letters are sent as presentation forms
/// (U+FB50–U+FDFF, U+FE70–U+FEFF). A lam-alef ligature puts U+FEFF in the lam's slot; widths
/// are measured on the shaped text for that reason.
enum ArabicShaper {
    /// `joiningSpanOnly` (the engine's path) joins and shapes only from the first to the last
    /// character that is not non-joining (joining type U): a U character ends every join on
    /// both sides, as the ends of the text do, and is itself never changed, so an English
    /// paragraph quoting a few Arabic words is not walked letter by letter. false runs fribidi
    /// over everything, the reference the tests compare with.
    static func shape(
        _ scalars: [UInt32], types: [FriBidiCharType], levels: [FriBidiLevel], options: BidiParagraph.Options,
        joiningSpanOnly: Bool = true
    ) -> [UInt32] {
        var flags: FriBidiFlags = 0
        if options.mirrors { flags |= FriBidiFlags(FRIBIDI_FLAG_SHAPE_MIRRORING) }
        if options.shapesArabic && containsArabic(scalars) {
            flags |= FriBidiFlags(FRIBIDI_FLAG_SHAPE_ARAB_PRES | FRIBIDI_FLAG_SHAPE_ARAB_LIGA)
        }
        guard flags != 0, !scalars.isEmpty else { return scalars }
        let count = FriBidiStrIndex(scalars.count)
        var shaped = scalars
        let shapes = flags & FriBidiFlags(FRIBIDI_FLAG_SHAPE_ARAB_PRES) != 0
        var joining = [FriBidiArabicProp](repeating: 0, count: shapes ? scalars.count : 0)
        scalars.withUnsafeBufferPointer { text in
            types.withUnsafeBufferPointer { types in
                joining.withUnsafeMutableBufferPointer { joining in
                    levels.withUnsafeBufferPointer { levels in
                        shaped.withUnsafeMutableBufferPointer { shaped in
                            guard joiningSpanOnly else {
                                if shapes {
                                    fribidi_get_joining_types(text.baseAddress, count, joining.baseAddress)
                                    fribidi_join_arabic(types.baseAddress, count, levels.baseAddress, joining.baseAddress)
                                }
                                fribidi_shape(flags, levels.baseAddress, count, shapes ? joining.baseAddress : nil, shaped.baseAddress)
                                return
                            }
                            // fribidi_shape is Arabic shaping followed by mirroring; done in that order here.
                            if shapes {
                                fribidi_get_joining_types(text.baseAddress, count, joining.baseAddress)
                                let nonJoining = FriBidiArabicProp(FRIBIDI_JOINING_TYPE_U_VAL)
                                if let first = joining.firstIndex(where: { $0 != nonJoining }),
                                    let last = joining.lastIndex(where: { $0 != nonJoining })
                                {
                                    let span = FriBidiStrIndex(last - first + 1)
                                    fribidi_join_arabic(types.baseAddress! + first, span, levels.baseAddress! + first, joining.baseAddress! + first)
                                    fribidi_shape_arabic(flags, levels.baseAddress! + first, span, joining.baseAddress! + first, shaped.baseAddress! + first)
                                }
                            }
                            if options.mirrors { fribidi_shape_mirroring(levels.baseAddress, count, shaped.baseAddress) }
                        }
                    }
                }
            }
        }
        return shaped
    }

    /// Joining only matters for Arabic-script letters; most paragraphs skip the pass.
    private static func containsArabic(_ scalars: [UInt32]) -> Bool {
        scalars.contains { (0x0600...0x08FF).contains($0) || (0xFB50...0xFEFC).contains($0) }
    }
}
