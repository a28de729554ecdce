import Testing
@testable import TextLayout

/// UAX #9 conformance on code points (BidiCharacterTest.txt, 91,707 cases in 15.0): paragraph
/// level, levels after L1 and visual order, through `BidiParagraph`, the type the engine uses.
/// L3 and L4 are out of the file's scope, so `.conformance` switches them off.
@Suite struct BidiCharacterConformanceTests {
    @Test func everyCaseOfBidiCharacterTestPasses() {
        guard let lines = UnicodeDataFile.lines(of: "BidiCharacterTest.txt") else { return }
        var passed = 0
        var failures: [String] = []
        for line in lines where !line.hasPrefix("#") {
            let fields = line.split(separator: ";", omittingEmptySubsequences: false)
            guard fields.count >= 5 else { continue }
            let scalars = fields[0].split(separator: " ").compactMap { UInt32($0, radix: 16) }
            let direction: ParagraphDirection =
                switch fields[1] {
                case "0": .leftToRight
                case "1": .rightToLeft
                default: .auto
                }
            let expectedLevels = fields[3].split(separator: " ").map { UInt8($0) }
            let expectedOrder = fields[4].split(separator: " ").compactMap { Int($0) }
            let paragraph = BidiParagraph(scalars: scalars, direction: direction, options: .conformance)
            let result = paragraph.reorderLine(0..<scalars.count)
            let order = result.visualOrder.filter { expectedLevels[$0] != nil }
            var ok = Int(paragraph.baseLevel) == Int(fields[2]) && order == expectedOrder
            for (index, expected) in expectedLevels.enumerated() where expected != nil && result.levels[index] != expected {
                ok = false
            }
            if ok {
                passed += 1
            } else if failures.count < 10 {
                failures.append(String(line))
            }
        }
        let failed = lines.count { !$0.hasPrefix("#") } - passed
        print("BidiCharacterTest.txt: \(passed) passed, \(failed) failed")
        #expect(passed > 90_000)
        #expect(failures.isEmpty, "first failures:\n\(failures.joined(separator: "\n"))")
    }
}
