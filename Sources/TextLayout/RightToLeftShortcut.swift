import CFriBidi

/// Recognizes paragraphs the bidi algorithm would leave entirely at level 1, so fribidi's level
/// resolution can be skipped: a paragraph that is not forced left-to-right, whose only strong
/// characters are R or AL, with no numbers, explicit formatting characters, boundary neutrals
/// or separators.
///
/// Its level is 1 (P2–P3, or forced), every character starts at 1 (no X rule applies), marks
/// take the class of what precedes them or of sos, which is R (W1), ES, CS and ET become ON
/// (W6, no number being near), and every neutral then sits between R, AL or the paragraph ends,
/// which are R, so N0 (a bracket pair encloses only R or nothing strong) and N1 resolve it to R;
/// R at an odd level stays there (I2). L1's reset of trailing white space is to the
/// paragraph level, 1 as well. Arabic and Hebrew paragraphs qualify.
enum RightToLeftShortcut {
    static func applies(to types: [FriBidiCharType], direction: ParagraphDirection) -> Bool {
        guard direction != .leftToRight else { return false }
        var sawStrong = false
        for type in types {
            if type == FRIBIDI_TYPE_RTL || type == FRIBIDI_TYPE_AL {
                sawStrong = true
            } else if !(type == FRIBIDI_TYPE_WS || type == FRIBIDI_TYPE_ON || type == FRIBIDI_TYPE_NSM || type == FRIBIDI_TYPE_CS
                || type == FRIBIDI_TYPE_ES || type == FRIBIDI_TYPE_ET)
            {
                return false
            }
        }
        return sawStrong
    }
}
