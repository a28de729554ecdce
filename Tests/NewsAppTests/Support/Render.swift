import TerminalUI

@testable import NewsApp

/// The whole reader drawn for a state into a buffer of the state's size.
func render(_ state: AppState) -> Buffer {
    var buffer = Buffer(size: state.size)
    ReaderScreen(state: state).render(into: &buffer, area: buffer.area)
    return buffer
}
