import Foundation

/// Writes command output to standard output as UTF-8, whatever the locale.
enum StandardOutput {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func writeLine(_ text: String) { write(text + "\n") }

    static func write(_ json: JSONValue) { writeLine(json.rendered()) }
}
