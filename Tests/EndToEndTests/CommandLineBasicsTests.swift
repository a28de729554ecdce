import Foundation
import Testing
import TestSupport

@Suite struct CommandLineBasicsTests {
    @Test func missingHomeIsOneLineError() throws {
        let result = try SahifaProcess.run(["--home", "/nonexistent/sahifa-home", "feeds"])
        #expect(result.status != 0)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("sahifa: ") == true)
        #expect(result.stderr.contains("/nonexistent/sahifa-home"))
    }

    @Test func unknownOptionIsUsageError() throws {
        let result = try SahifaProcess.run(["feeds", "--no-such-flag"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("sahifa: "))
    }
}
