import Foundation
import Glibc

/// Runs a program and waits for it with `posix_spawn` and `waitpid`.
///
/// Foundation's `Process` learns that a child ended from a SIGCHLD dispatch source, which can
/// miss the signal when another thread receives it; a tmux client that exits at once then looks
/// alive forever. `waitpid` cannot miss it.
enum ChildProcess {
    /// Runs `arguments` (looked up in PATH), returns standard output when `capture` is set.
    static func run(_ arguments: [String], environment: [String: String], capture: Bool) -> String {
        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        var pipeEnds: [Int32] = [-1, -1]
        if capture {
            guard pipe(&pipeEnds) == 0 else { return "" }
            posix_spawn_file_actions_adddup2(&fileActions, pipeEnds[1], STDOUT_FILENO)
            posix_spawn_file_actions_addclose(&fileActions, pipeEnds[0])
            posix_spawn_file_actions_addclose(&fileActions, pipeEnds[1])
        } else {
            posix_spawn_file_actions_addopen(&fileActions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&fileActions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&fileActions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &fileActions, nil, argv, envp)
        if capture { close(pipeEnds[1]) }
        guard spawned == 0 else {
            if capture { close(pipeEnds[0]) }
            return ""
        }
        var output = Data()
        if capture {
            var chunk = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = read(pipeEnds[0], &chunk, chunk.count)
                if count <= 0 { break }
                output.append(contentsOf: chunk[0..<count])
            }
            close(pipeEnds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
    }
}
