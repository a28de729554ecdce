import Testing

@testable import TerminalUI

@Suite struct RectTests {
    @Test func splitsNeverGoNegative() {
        let rect = Rect(x: 0, y: 0, width: 10, height: 2)
        let (top, rest) = rect.splitTop(5)
        #expect(top.height == 2 && rest.height == 0)
        let (left, right) = rect.splitLeft(-3)
        #expect(left.width == 0 && right.width == 10)
        #expect(rect.inset(left: 20).width == 0)
    }

    @Test func rowOutsideIsEmpty() {
        let rect = Rect(x: 2, y: 3, width: 4, height: 2)
        #expect(rect.row(1) == Rect(x: 2, y: 4, width: 4, height: 1))
        #expect(rect.row(2).isEmpty)
    }

    @Test func intersection() {
        let a = Rect(x: 0, y: 0, width: 5, height: 5)
        let b = Rect(x: 3, y: 3, width: 5, height: 5)
        #expect(a.intersection(b) == Rect(x: 3, y: 3, width: 2, height: 2))
        #expect(a.intersection(Rect(x: 9, y: 9, width: 1, height: 1)).isEmpty)
    }
}
