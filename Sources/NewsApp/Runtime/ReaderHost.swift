/// What only the program around the loop can do: hand the terminal to a browser, put text on
/// the clipboard. Each returns the line for the status bar.
public protocol ReaderHost: AnyObject {
    func openLink(_ url: String) -> StatusMessage
    func copyLink(_ url: String) -> StatusMessage
}
