import Testing
@testable import TextLayout
import TestSupport

/// The per-paragraph and per-line shortcuts of preparation and line building, each against the
/// general code it bypasses, on random mixed-script paragraphs.
@Suite struct PreparationShortcutTests {
    static func paragraphs(seed: UInt64, count: Int) -> [StyledParagraph] {
        var random = SeededGenerator(seed: seed)
        let styles: [LayoutStyle] = [[], .bold, [.link, .underline], .highlight]
        return (0..<count).map { _ in
            let runs = (0..<(random.below(4) + 1)).map { _ in
                StyledRun(
                    MixedScriptSamples.text(&random), style: random.pick(styles), link: random.below(3) == 0 ? random.below(9) + 1 : nil,
                    isolate: random.pick([nil, nil, .auto, .rightToLeft, .leftToRight]))
            }
            return StyledParagraph(runs, direction: random.pick(ParagraphDirection.allCases), isPreformatted: random.below(8) == 0)
        }
    }

    @Test func logicalTextDecodesLikeTheScalarView() {
        for paragraph in Self.paragraphs(seed: 0x1061_CA1, count: 2_000) {
            let text = LogicalText(paragraph, insertsIsolates: false)
            #expect(text.scalars == paragraph.runs.flatMap { $0.text.unicodeScalars.map(\.value) })
            #expect(text.source == (0..<text.count).map { Int32($0) })
        }
    }

    @Test func singleScalarClustersMeasureLikeTheGeneralLoop() {
        for paragraph in Self.paragraphs(seed: 0xC1_0575, count: 2_000) {
            let prepared = PreparedParagraph(paragraph, options: LayoutOptions(width: 80))
            let general = ClusterTable(text: prepared.text, roles: prepared.roles, widths: prepared.widths, singleScalarShortcut: false)
            let fast = prepared.clusters
            #expect(fast.starts == general.starts && fast.offsets == general.offsets && fast.classes == general.classes)
            #expect(fast.needsBase == general.needsBase && fast.clusterOf == general.clusterOf && fast.atomicClusters == general.atomicClusters)
        }
    }

    /// Spacing characters are drawn by the builder's buffer loop; adding the same positions one
    /// at a time goes through the general `add(_:)` for every kind of position.
    @Test func bufferLoopBuildsTheCellsOfTheGeneralPath() {
        var random = SeededGenerator(seed: 0xB1_1D)
        for paragraph in Self.paragraphs(seed: 0xB0_1D, count: 2_000) {
            let prepared = PreparedParagraph(paragraph, options: LayoutOptions(width: 80))
            let count = prepared.text.count
            let cut = count == 0 ? 0 : random.below(count)
            for range in [0..<count, cut..<count] {
                let order = prepared.bidi.map { $0.reorderLine(range).visualOrder } ?? Array(range)
                let width = random.below(50) + 1
                var fast = VisualLineBuilder(prepared: prepared, width: width)
                fast.startLine(capacity: range.count)
                fast.add(order)
                var general = VisualLineBuilder(prepared: prepared, width: width)
                general.startLine(capacity: range.count)
                for position in order { general.add(position) }
                #expect(fast.used == general.used)
                #expect(fast.finishLine() == general.finishLine())
            }
        }
    }
}
