import Foundation
import TestSupport

/// A tmux server of our own (`tmux -S <socket>`) running one command in a detached window of a
/// fixed size, for end-to-end tests of the real binary under a real terminal.
///
/// Waiting is done by polling `capture-pane` a bounded number of times; a test asserts on what
/// appeared, never on how long it took.
final class TmuxSession {
    let directory: URL
    private let socket: String
    private let statusFile: URL
    private let name = "sahifa"

    /// Starts `arguments` (the sahifa binary's arguments) in a `width`×`height` window. The exit
    /// status is written to a file when the command ends.
    init(directory: URL, arguments: [String], width: Int, height: Int, environment: [String: String] = [:]) throws {
        self.directory = directory
        socket = directory.appendingPathComponent("tmux.sock").path
        statusFile = directory.appendingPathComponent("exit-status")
        let binary = SahifaProcess.executableURL.path
        let command = ([binary] + arguments).map(Self.quote).joined(separator: " ")
        var shell = "\(command); echo $? > \(Self.quote(statusFile.path))"
        if !environment.isEmpty {
            let assignments = environment.map { "\($0.key)=\(Self.quote($0.value))" }.sorted().joined(separator: " ")
            shell = "env \(assignments) \(shell)"
        }
        try tmux(["-u", "new-session", "-d", "-s", name, "-x", String(width), "-y", String(height), shell], capture: false)
    }

    deinit { _ = try? tmux(["kill-server"]) }

    /// The visible screen as text, one line per row, trailing blanks removed by tmux.
    func capture() -> String {
        (try? tmux(["capture-pane", "-p", "-t", name])) ?? ""
    }

    /// Sends keys by tmux name (`Enter`, `Down`, `q`); letters are sent literally.
    func send(_ keys: String...) {
        for key in keys { _ = try? tmux(["send-keys", "-t", name, key]) }
    }

    /// Types text literally (Arabic included).
    func type(_ text: String) {
        _ = try? tmux(["send-keys", "-t", name, "-l", text])
    }

    /// The process id of the command running in the pane (the shell's child), by asking tmux for
    /// the pane's shell and the kernel for its children.
    func commandProcessID() -> pid_t? {
        guard let shell = (try? tmux(["list-panes", "-t", name, "-F", "#{pane_pid}"]))
            .flatMap({ Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
        else { return nil }
        for _ in 0..<100 {
            let children = "/proc/\(shell)/task/\(shell)/children"
            if let text = try? String(contentsOfFile: children, encoding: .utf8),
                let child = text.split(separator: " ").first.flatMap({ Int32($0) })
            {
                return child
            }
            usleep(50_000)
        }
        return nil
    }

    func resize(width: Int, height: Int) {
        _ = try? tmux(["resize-window", "-t", name, "-x", String(width), "-y", String(height)])
    }

    /// Polls the screen until `predicate` holds, at most `polls` times 50 ms apart; returns the
    /// last screen seen and whether the predicate held.
    @discardableResult
    func waitUntil(polls: Int = 200, _ predicate: (String) -> Bool) -> (screen: String, found: Bool) {
        var screen = ""
        for _ in 0..<polls {
            screen = capture()
            if predicate(screen) { return (screen, true) }
            usleep(50_000)
        }
        return (screen, false)
    }

    func waitFor(_ text: String, polls: Int = 200) -> (screen: String, found: Bool) {
        waitUntil(polls: polls) { $0.contains(text) }
    }

    /// The command's exit status once it has ended (polled like the screen), nil if it did not end.
    func exitStatus(polls: Int = 200) -> Int32? {
        for _ in 0..<polls {
            if let text = try? String(contentsOf: statusFile, encoding: .utf8),
                let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
            {
                return status
            }
            usleep(50_000)
        }
        return nil
    }

    @discardableResult
    private func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        // A server started by new-session outlives its client; it must not hold a capturing pipe.
        return ChildProcess.run(["tmux", "-S", socket] + arguments, environment: environment, capture: capture)
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }
}
