/// Collapses runs of white space to one space and trims both ends: a field is one line, and a
/// title padded with thousands of spaces must not push everything else off the screen.
enum WhitespaceCollapser {
    static func collapse(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var pendingSpace = false
        for scalar in scalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return out
    }
}
