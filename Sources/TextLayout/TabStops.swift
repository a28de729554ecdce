/// Tabs in preformatted text advance to the next multiple of eight columns, as a terminal's
/// default tab stops do; in wrapped text a tab is one space (`ScalarRole.tab`).
enum TabStops {
    static let interval = 8

    /// Sets the width of every tab in `widths` from the logical column it starts at.
    static func expand(_ widths: inout [UInt8], roles: [ScalarRole]) {
        var column = 0
        for index in roles.indices {
            switch roles[index] {
            case .lineBreak: column = 0
            case .tab:
                let span = interval - column % interval
                widths[index] = UInt8(span)
                column += span
            default: column += Int(widths[index])
            }
        }
    }
}
