import Foundation
import TestSupport
import Testing

/// `sahifa layout` runs the article pane's engine as a filter (DESIGN §4, issue 5 item 8).
@Suite struct LayoutCommandTests {
    static func layout(_ input: String, _ arguments: [String] = []) throws -> SahifaProcess.Result {
        try SahifaProcess.run(["layout"] + arguments, standardInput: Data(input.utf8))
    }

    @Test func paragraphsPerLineWithBlankLinesKept() throws {
        let result = try Self.layout("Hello مرحبا world\n\nשלום עולם\n", ["--width", "20", "--no-shaping"])
        #expect(result.status == 0)
        #expect(result.stdout == "Hello ابحرم world\n\n           םלוע םולש\n")
    }

    @Test func shapesByDefault() throws {
        let result = try Self.layout("لا سلام\n", ["--width", "10"])
        #expect(result.stdout == "     ﻡﻼﺳ ﻻ\n")
    }

    @Test func wrapsAtTheRequestedWidth() throws {
        let result = try Self.layout("The quick brown fox jumps\n", ["--width", "10"])
        #expect(result.stdout == "The quick\nbrown fox\njumps\n")
    }

    @Test func directionOptionForcesEveryParagraph() throws {
        let result = try Self.layout("abc\n", ["--width", "6", "--direction", "rtl"])
        #expect(result.stdout == "   abc\n")
    }

    @Test func terminalModeKeepsLogicalOrder() throws {
        let result = try Self.layout("שלום עולם\n", ["--width", "20", "--bidi", "terminal"])
        #expect(result.stdout == "שלום עולם\n")
    }

    @Test func inputIsSanitized() throws {
        let result = try Self.layout("red\u{1B}[31m text\u{1B}]0;title\u{7} and \u{202E}gnp.exe\r\n", ["--width", "40"])
        #expect(result.stdout == "red text and gnp.exe\n")
    }

    @Test(arguments: [["--width", "0"], ["--direction", "up"], ["--bidi", "both"]])
    func badOptionsAreUsageErrors(_ arguments: [String]) throws {
        let result = try Self.layout("x\n", arguments)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("sahifa: "))
    }
}
