import ArgumentParser
import Foundation
import TextLayout
import TextSafety

/// `sahifa layout`: the layout engine as a filter (DESIGN §4). Each input line is one paragraph;
/// blank lines are kept. Output is what the article pane would draw: visual order, Arabic shaped,
/// RTL paragraphs right-aligned, everything sanitized first.
struct LayoutCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "layout", abstract: "Lay out text from standard input and print its visual lines.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Columns per line.")
    var width: Int = 80

    @Option(name: .long, help: "Paragraph direction: auto (first strong character), ltr or rtl.")
    var direction: String = "auto"

    @Flag(name: .long, help: "Do not map Arabic letters to presentation forms.")
    var noShaping = false

    @Option(name: .long, help: "Who reorders right-to-left text: app (sahifa, visual order) or terminal (logical order).")
    var bidi: String = "app"

    func run() async throws {
        guard width > 0 else { throw CLIError.usage("--width must be a positive number of columns, not \(width)") }
        guard let paragraphDirection = ParagraphDirection(rawValue: direction) else {
            throw CLIError.usage("--direction must be auto, ltr or rtl, not '\(direction)'")
        }
        guard let bidiMode = BidiMode(rawValue: bidi) else {
            throw CLIError.usage("--bidi must be app or terminal, not '\(bidi)'")
        }
        let options = LayoutOptions(
            width: width, directionOverride: paragraphDirection == .auto ? nil : paragraphDirection,
            shapesArabic: !noShaping, bidi: bidiMode)
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let text = Sanitizer.sanitize(String(decoding: input, as: UTF8.self))
        var paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false)
        if paragraphs.last?.isEmpty == true { paragraphs.removeLast() }
        var output = ""
        for paragraph in paragraphs {
            for line in TextLayoutEngine.layout(StyledParagraph(plain: String(paragraph)), options: options) {
                output += line.text
                output += "\n"
            }
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}
