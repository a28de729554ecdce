@testable import TextLayout

/// Small conveniences for reading layout results in tests.
enum LayoutProbe {
    static func options(width: Int = 80, shaping: Bool = true, bidi: BidiMode = .application, direction: ParagraphDirection? = nil) -> LayoutOptions {
        LayoutOptions(width: width, directionOverride: direction, shapesArabic: shaping, bidi: bidi)
    }

    /// The lines as the terminal shows them, indent included.
    static func lines(
        _ text: String, width: Int = 80, shaping: Bool = true, bidi: BidiMode = .application, direction: ParagraphDirection = .auto
    ) -> [String] {
        TextLayoutEngine.layout(StyledParagraph(plain: text, direction: direction), options: options(width: width, shaping: shaping, bidi: bidi))
            .map(\.text)
    }

    static func scalars(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    /// Every scalar drawn, in visual order.
    static func drawnScalars(_ lines: [VisualLine]) -> [UInt32] {
        lines.flatMap { $0.cells.flatMap { $0.text.unicodeScalars.map(\.value) } }
    }
}
