import Foundation
import TextLayout

/// Choices that change how things are laid out, fixed for a session.
public struct ReaderSettings: Hashable, Sendable {
    /// Who reorders right-to-left text, and whether Arabic is shaped (DESIGN §7, `--bidi`).
    public var bidi: BidiMode
    public var shapesArabic: Bool
    /// Dates are shown in this zone (tests fix it to UTC).
    public var timeZone: TimeZone
    /// Articles requested per page of a list.
    public var pageSize: Int
    /// Widest column count an article body is laid out to, for a readable measure.
    public var maximumTextWidth: Int
    /// Whether `o` can start a browser (`$BROWSER` is set); without one it lists the links instead.
    public var hasBrowser: Bool

    public init(
        bidi: BidiMode = .application, shapesArabic: Bool = true, timeZone: TimeZone = .current, pageSize: Int = 200,
        maximumTextWidth: Int = 100, hasBrowser: Bool = true
    ) {
        self.bidi = bidi
        self.shapesArabic = shapesArabic
        self.timeZone = timeZone
        self.pageSize = pageSize
        self.maximumTextWidth = maximumTextWidth
        self.hasBrowser = hasBrowser
    }

    /// Layout options for `width` columns.
    public func layoutOptions(width: Int) -> LayoutOptions {
        LayoutOptions(width: max(1, width), shapesArabic: shapesArabic, bidi: bidi)
    }
}
