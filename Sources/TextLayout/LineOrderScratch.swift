import CFriBidi

/// Arrays fribidi reorders a line in, kept from one line of a paragraph to the next so a long
/// article does not allocate two arrays per line.
struct LineOrderScratch {
    /// Paragraph offsets of the line in visual order (fribidi's map), in its first elements:
    /// the arrays only grow.
    var order: [Int32] = []
    /// The line's levels, which fribidi changes (L1) while reordering.
    var levels: [FriBidiLevel] = []
}
