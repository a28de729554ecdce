import CFriBidi

/// The line-level rules: L1 (trailing whitespace and separators back to the paragraph level),
/// L2 (reverse runs from the highest level down) and, when asked, L3 (marks stay after their base).
extension BidiParagraph {
    /// A reordered line.
    public struct Line: Sendable {
        /// Logical indices (paragraph offsets) in visual order, left to right.
        public var visualOrder: [Int]
        /// Levels of the line's positions after L1, indexed from the line's start in logical order.
        public var levels: [UInt8]
    }

    /// Reorders the logical range `range` of the paragraph as one line.
    ///
    /// fribidi mutates levels and text while reordering (pitfall 3), so it works on copies of
    /// the line's slice: the paragraph stays valid for the next line and the next width.
    public func reorderLine(_ range: Range<Int>) -> Line {
        var lineLevels = Array(resolvedLevels[range])
        let map = reorder(range, levels: &lineLevels)
        return Line(visualOrder: map.map { Int($0) }, levels: lineLevels.map { UInt8(bitPattern: $0) })
    }

    /// Whether the line `range` reads in logical order: a left-to-right paragraph whose line has
    /// only level 0. L1 can only lower levels to the paragraph's 0, L2 reverses nothing below
    /// level 1 and L3 moves marks at odd levels only, so fribidi would return the identity.
    func isLogicalOrder(_ range: Range<Int>) -> Bool {
        guard baseLevel == 0 else { return false }
        return resolvedLevels.withUnsafeBufferPointer { levels in
            for position in range where levels[position] != 0 { return false }
            return true
        }
    }

    /// The engine's path: visual order only, as paragraph offsets, in the first `range.count`
    /// elements of `scratch.order`; the scratch arrays are reused from line to line.
    func visualOrder(of range: Range<Int>, into scratch: inout LineOrderScratch) {
        let count = range.count
        guard count > 0 else { return }
        if scratch.order.count < count {
            scratch.order = [Int32](repeating: 0, count: count)
            scratch.levels = [FriBidiLevel](repeating: 0, count: count)
        }
        var flags: FriBidiFlags = 0
        if options.reordersMarks { flags |= FriBidiFlags(FRIBIDI_FLAG_REORDER_NSM) }
        let base: FriBidiParType = isRightToLeft ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR
        let ok = types.withUnsafeBufferPointer { types in
            resolvedLevels.withUnsafeBufferPointer { resolved in
                scratch.levels.withUnsafeMutableBufferPointer { levels in
                    scratch.order.withUnsafeMutableBufferPointer { map in
                        for offset in 0..<count {
                            map[offset] = Int32(truncatingIfNeeded: range.lowerBound + offset)
                            levels[offset] = resolved[range.lowerBound + offset]
                        }
                        return fribidi_reorder_line(
                            flags, types.baseAddress.map { $0 + range.lowerBound }, FriBidiStrIndex(count), 0, base,
                            levels.baseAddress, nil, map.baseAddress)
                    }
                }
            }
        }
        if ok == 0 {
            for offset in 0..<count { scratch.order[offset] = Int32(truncatingIfNeeded: range.lowerBound + offset) }
        }
    }

    private func reorder(_ range: Range<Int>, levels lineLevels: inout [FriBidiLevel]) -> [Int32] {
        let count = range.count
        guard count > 0 else { return [] }
        var map = [FriBidiStrIndex](unsafeUninitializedCapacity: count) { buffer, initialized in
            for offset in 0..<count { buffer[offset] = FriBidiStrIndex(range.lowerBound + offset) }
            initialized = count
        }
        var flags: FriBidiFlags = 0
        if options.reordersMarks { flags |= FriBidiFlags(FRIBIDI_FLAG_REORDER_NSM) }
        let base: FriBidiParType = isRightToLeft ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR
        // Types are only read, so the paragraph's array is passed at the line's offset; levels are
        // changed by L1 and are the caller's copy of the line.
        let ok = types.withUnsafeBufferPointer { types in
            lineLevels.withUnsafeMutableBufferPointer { levels in
                map.withUnsafeMutableBufferPointer { map in
                    fribidi_reorder_line(
                        flags, types.baseAddress.map { $0 + range.lowerBound }, FriBidiStrIndex(count), 0, base,
                        levels.baseAddress, nil, map.baseAddress)
                }
            }
        }
        if ok == 0 {
            lineLevels = Array(resolvedLevels[range])
            return range.map { Int32($0) }
        }
        return map
    }
}
