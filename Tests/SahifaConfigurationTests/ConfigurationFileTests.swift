import Foundation
import NewsApp
import SahifaConfiguration
import TerminalUI
import Testing

@Suite struct ConfigurationFileTests {
    func parse(_ text: String) throws(ConfigurationError) -> ConfigurationFile {
        try ConfigurationFile.parse(text, file: "config.toml")
    }

    func error(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func anEmptyFileChangesNothing() throws {
        #expect(try parse("") == ConfigurationFile())
        #expect(try parse("# only a comment\n").keymap == .default)
    }

    @Test func readerAndRefreshSettings() throws {
        let configuration = try parse(
            """
            [reader]
            bidi = "terminal"
            shaping = false
            text-width = 72

            [refresh]
            jobs = 4
            per-host = 1
            timeout = 12.5
            """)
        #expect(configuration.bidi == .terminal)
        #expect(configuration.shapesArabic == false)
        #expect(configuration.textWidth == 72)
        #expect(configuration.jobs == 4)
        #expect(configuration.perHost == 1)
        #expect(configuration.timeout == 12.5)
    }

    @Test func aRebindReplacesTheCommandsDefaultKeys() throws {
        let keymap = try parse(
            """
            [keys]
            refresh-all = ["F5", "Ctrl-R"]
            quit = "Q"
            """
        ).keymap
        #expect(keymap.bindings[.function(5)] == .refreshAll)
        #expect(keymap.bindings[.control("r")] == .refreshAll)
        #expect(keymap.bindings[.character("R")] == nil)
        #expect(keymap.bindings[.character("Q")] == .quit)
        #expect(keymap.bindings[.character("j")] == .moveDown)
        #expect(keymap.searchBindings == Keymap.default.searchBindings)
    }

    @Test func aKeyTakenFromAnotherCommandLeavesThatCommandItsOtherKeys() throws {
        let keymap = try parse("[keys]\nquit = [\"x\", \"j\"]\n").keymap
        #expect(keymap.bindings[.character("j")] == .quit)
        #expect(keymap.bindings[.down] == .moveDown)
        #expect(keymap.keys(for: .moveDown).contains(.character("j")) == false)
    }

    @Test func anEmptyListUnbindsACommand() throws {
        let keymap = try parse("[keys]\nmark-all-read = []\n").keymap
        #expect(keymap.keys(for: .markAllRead).isEmpty)
        #expect(keymap.bindings[.character("A")] == nil)
    }

    @Test(arguments: [
        ("Space", Key.character(" ")), ("enter", .enter), ("Esc", .escape), ("Shift-Tab", .backTab),
        ("PgDn", .pageDown), ("pageup", .pageUp), ("F12", .function(12)), ("C-l", .control("l")),
        ("^n", .control("n")), ("ب", .character("ب")), ("?", .character("?")), ("Down", .down),
    ])
    func keyNames(name: String, key: Key) throws {
        let keymap = try parse("[keys]\nhelp = \"\(name)\"\n").keymap
        #expect(keymap.bindings[key] == .help)
    }

    @Test func followLinkCommandsAreNamedWithTheirNumber() throws {
        let keymap = try parse("[keys]\nfollow-link-3 = \"#\"\n").keymap
        #expect(keymap.bindings[.character("#")] == .followLink3)
        #expect(keymap.bindings[.character("3")] == nil)
    }

    @Test func mistakesNameTheFileTheSettingAndTheFix() {
        #expect(error("[reader]\nbidi = \n") == "config.toml line 2, column 8: Error while parsing key-value pair: expected value, saw '\\n'")
        #expect(error("[reader]\nbidi = \"rtl\"\n") == "config.toml: [reader] bidi: must be \"app\" or \"terminal\", not \"rtl\"")
        #expect(error("[reader]\nshapeing = true\n") == "config.toml: [reader] shapeing: unknown setting (did you mean shaping?)")
        #expect(error("[refresh]\njobs = 0\n") == "config.toml: [refresh] jobs: must be a whole number from 1 to 64")
        #expect(error("[refresh]\ntimeout = \"soon\"\n") == "config.toml: [refresh] timeout: must be a number of seconds, more than 0 and at most 3600")
        #expect(error("[colours]\n") == "config.toml: colours: unknown section; sahifa reads [reader], [refresh] and [keys]")
        #expect(error("[keys]\nrefesh-all = \"R\"\n") == "config.toml: [keys] refesh-all: unknown command (did you mean refresh-all?)")
        #expect(error("[keys]\nquit = \"Hyper-Q\"\n")?.hasPrefix("config.toml: [keys] quit: \"Hyper-Q\" is not a key name") == true)
        #expect(error("[keys]\nquit = \"x\"\nhelp = \"x\"\n") == "config.toml: [keys] quit: x is also given to help")
        #expect(error("reader = 3\n") == "config.toml: reader: must be a table: [reader]")
    }

    @Test func aMissingFileIsAnEmptyConfiguration() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID()).toml")
        #expect(try ConfigurationFile.load(from: missing) == ConfigurationFile())
    }

    @Test func aFileThatIsNotUTF8IsRefused() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("latin1-\(UUID()).toml")
        try Data([0x5B, 0x6B, 0x65, 0x79, 0x73, 0x5D, 0x0A, 0x71, 0x3D, 0x22, 0xE9, 0x22]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: ConfigurationError.unreadable(file: url.path, reason: "it is not UTF-8 text")) {
            try ConfigurationFile.load(from: url)
        }
    }
}
