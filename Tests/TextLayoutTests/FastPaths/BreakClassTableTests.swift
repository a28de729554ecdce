import Testing
@testable import TextLayout

/// The break-class table skips the General_Category lookups of blocks that are all letters;
/// every code point skipped must be one the lookup classifies as alphabetic.
@Suite struct BreakClassTableTests {
    @Test func skippedBlocksClassifyAsAlphabetic() {
        let skipped = (0..<UInt32(0x10000)).filter(BreakClass.isUniformlyAlphabetic)
        #expect(skipped.count > 30_000)
        #expect(skipped.allSatisfy { BreakClass.classify($0) == .alphabetic })
    }
}
