import CFriBidi

/// Gives neutrals and marks enclosed by two strong characters of the same class that class,
/// before fribidi resolves levels: "L WS L" becomes "L L L", "AL NSM AL" becomes "AL AL AL".
///
/// fribidi allocates a node for every run of equal classes, and in prose every space and comma
/// starts a new run, as does every vowel mark of vocalized Arabic and Hebrew, so its allocator
/// was a quarter of the whole layout. The result is the same by UAX #9: with no explicit
/// formatting character in between, the sequence shares one level run and one isolating run
/// sequence; W1 gives a mark (NSM) the class of the character before it, the strong one or an
/// enclosed neutral; W2–W7 leave L, R and AL as they are and only change ES, CS and ET next to
/// numbers (none here); N0 only touches brackets (excluded); so N1 gives the enclosed neutrals
/// the class of both neighbours (AL counts as R after W3, and an AL in place of the neutrals
/// does not change which strong character W2 finds first). Trailing whitespace (L1) is
/// followed by nothing strong, so it is never merged, and the line rules read the original
/// classes anyway.
enum NeutralRunMerger {
    static func merged(_ types: [FriBidiCharType], brackets: [FriBidiBracketType]) -> [FriBidiCharType] {
        var merged = types
        // Last strong position with only mergeable neutrals after it so far; -1 when none.
        var strong = -1
        merged.withUnsafeMutableBufferPointer { merged in
            for index in 0..<merged.count {
                let type = merged[index]
                if type == FRIBIDI_TYPE_LTR || type == FRIBIDI_TYPE_RTL || type == FRIBIDI_TYPE_AL {
                    if strong >= 0 && strong + 1 < index && merged[strong] == type {
                        for position in (strong + 1)..<index { merged[position] = type }
                    }
                    strong = index
                } else if !isMergeableNeutral(type) || brackets[index] != 0 {
                    strong = -1
                }
            }
        }
        return merged
    }

    /// White space and other neutrals that no rule but N1 resolves when no number is near, and
    /// marks, which W1 resolves to what precedes them.
    @inline(__always)
    private static func isMergeableNeutral(_ type: FriBidiCharType) -> Bool {
        type == FRIBIDI_TYPE_WS || type == FRIBIDI_TYPE_ON || type == FRIBIDI_TYPE_CS || type == FRIBIDI_TYPE_ES || type == FRIBIDI_TYPE_ET
            || type == FRIBIDI_TYPE_NSM
    }
}
