import Testing
@testable import TextLayout

/// UAX #9 conformance on bidi classes (BidiTest.txt, 770,241 cases in 15.0): the classes go
/// straight into `BidiParagraph(classes:)`; each data line is run for every paragraph direction
/// in its bitset (1 auto, 2 LTR, 4 RTL) and compared with the `@Levels` and `@Reorder` in force.
@Suite struct BidiClassConformanceTests {
    @Test func everyCaseOfBidiTestPasses() {
        guard let lines = UnicodeDataFile.lines(of: "BidiTest.txt") else { return }
        let classNames = Dictionary(uniqueKeysWithValues: BidiClass.allCases.map { (Substring($0.rawValue), $0) })
        var expectedLevels: [UInt8?] = []
        var expectedOrder: [Int] = []
        var passed = 0
        var failed = 0
        var failures: [String] = []
        for line in lines {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("@Levels:") {
                expectedLevels = line.dropFirst(8).split(whereSeparator: \.isWhitespace).map { UInt8($0) }
                continue
            }
            if line.hasPrefix("@Reorder:") {
                expectedOrder = line.dropFirst(9).split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
                continue
            }
            guard let semicolon = line.firstIndex(of: ";"),
                let bitset = Int(line[line.index(after: semicolon)...].trimmingPrefix(while: \.isWhitespace))
            else { continue }
            let classes = line[..<semicolon].split(separator: " ").compactMap { classNames[$0] }
            for (bit, direction) in [(1, ParagraphDirection.auto), (2, .leftToRight), (4, .rightToLeft)] where bitset & bit != 0 {
                let paragraph = BidiParagraph(classes: classes, direction: direction)
                let result = paragraph.reorderLine(0..<classes.count)
                var ok = result.visualOrder.filter { !classes[$0].isRemovedByX9 } == expectedOrder
                for (index, expected) in expectedLevels.enumerated() where expected != nil && result.levels[index] != expected {
                    ok = false
                }
                if ok {
                    passed += 1
                } else {
                    failed += 1
                    if failures.count < 10 { failures.append("\(line) [direction bit \(bit)]") }
                }
            }
        }
        print("BidiTest.txt: \(passed) passed, \(failed) failed")
        #expect(passed > 700_000)
        #expect(failed == 0, "first failures:\n\(failures.joined(separator: "\n"))")
    }
}
