import Testing

@testable import TerminalUI

@Suite struct TerminalTests {
    @Test func onlyChangedCellsReachTheBackend() {
        let backend = TestBackend(size: Size(width: 10, height: 3))
        let terminal = Terminal(backend: backend)
        terminal.draw { $0.write("hello", at: Point(x: 0, y: 0), width: 10) }
        #expect(backend.drawnCellCounts == [30])
        terminal.draw { $0.write("help", at: Point(x: 0, y: 0), width: 10) }
        // "hello" → "help ": 'p' replaces 'l' at column 3 and a blank replaces 'o'.
        #expect(backend.drawnCellCounts.last == 2)
        #expect(backend.buffer.textLines()[0] == "help      ")
    }

    @Test func anUnchangedFrameSendsNothing() {
        let backend = TestBackend(size: Size(width: 5, height: 1))
        let terminal = Terminal(backend: backend)
        terminal.draw { $0.write("abc", at: Point(x: 0, y: 0), width: 5) }
        terminal.draw { $0.write("abc", at: Point(x: 0, y: 0), width: 5) }
        #expect(backend.drawnCellCounts == [5])
        #expect(backend.flushCount == 2)
    }

    @Test func resizeClearsAndRedrawsEverything() {
        let backend = TestBackend(size: Size(width: 5, height: 1))
        let terminal = Terminal(backend: backend)
        terminal.draw { $0.write("abc", at: Point(x: 0, y: 0), width: 5) }
        backend.resize(to: Size(width: 8, height: 2))
        terminal.draw { $0.write("abc", at: Point(x: 0, y: 0), width: 8) }
        #expect(backend.clearCount == 2)
        #expect(backend.drawnCellCounts.last == 16)
        #expect(backend.buffer.textLines() == ["abc     ", "        "])
    }

    @Test func replacingAWideCharacterRedrawsItsRightHalf() {
        let backend = TestBackend(size: Size(width: 4, height: 1))
        let terminal = Terminal(backend: backend)
        terminal.draw { $0.set(Cell("新", width: 2), at: Point(x: 0, y: 0)) }
        terminal.draw { buffer in
            buffer.set(Cell("a"), at: Point(x: 0, y: 0))
            buffer.set(Cell("b"), at: Point(x: 1, y: 0))
        }
        #expect(backend.buffer.textLines() == ["ab  "])
    }

    @Test func invalidateForcesAFullRepaint() {
        let backend = TestBackend(size: Size(width: 3, height: 1))
        let terminal = Terminal(backend: backend)
        terminal.draw { _ in }
        terminal.invalidate()
        terminal.draw { _ in }
        #expect(backend.drawnCellCounts == [3, 3])
    }
}
