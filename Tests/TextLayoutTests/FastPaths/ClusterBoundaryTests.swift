import Testing
@testable import TextLayout
import TestSupport

/// Cluster boundaries skip the grapheme recognizer between plain letters and before common marks
/// (looked up in a table); they must be those of Swift's `Character`s, which the recognizer
/// implements.
@Suite struct ClusterBoundaryTests {
    @Test func boundariesAreThoseOfCharacters() {
        var random = SeededGenerator(seed: 0xB0_0DA7)
        for _ in 0..<4_000 {
            let text = MixedScriptSamples.text(&random, maxPieces: 30)
            let scalars = text.unicodeScalars.map(\.value)
            var expected: [Int32] = []
            var offset: Int32 = 0
            for character in text {
                expected.append(offset)
                offset += Int32(character.unicodeScalars.count)
            }
            expected.append(offset)
            #expect(ClusterTable.boundaries(of: scalars) == expected, "\(scalars.map { String($0, radix: 16) })")
        }
    }

    @Test func tableMatchesTheRangeTests() {
        let mismatches = (0..<ClusterTable.letterAndMarkLimit).filter { value in
            let kind = ClusterTable.letterAndMarkTable[Int(value)]
            return (kind & 1 != 0) != ClusterTable.isPlainLetter(value) || (kind & 2 != 0) != ClusterTable.isCommonMark(value)
        }
        #expect(mismatches.isEmpty)
        #expect(!(ClusterTable.letterAndMarkLimit...0x10FFFF).contains { ClusterTable.isPlainLetter($0) || ClusterTable.isCommonMark($0) })
    }
}
