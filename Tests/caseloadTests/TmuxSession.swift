import Foundation

/// A detached tmux server running one command, driven with send-keys and read with capture-pane, never fixed sleeps.
final class TmuxSession {
    static let isAvailable: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-V"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    let socket = "caseload-test-\(UUID().uuidString.prefix(8))"
    /// The server's process id, to make sure it is gone when the session ends.
    private(set) var serverPID: pid_t = 0

    /// Starts `command` (a shell command line) in a new session of the given size.
    init(width: Int, height: Int, command: String) throws {
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", String(width), "-y", String(height), command])
        serverPID = pid_t(try tmux(["display-message", "-p", "#{pid}"], readingOutput: true).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Ends the server and everything running in it, and waits until they are gone, so no test leaves one behind.
    deinit { Self.end(socket: socket, serverPID: serverPID) }

    /// Asks the server to end, then kills it and every process under it that has not gone within two seconds, and
    /// waits until they have.
    static func end(socket: String, serverPID: pid_t) {
        let processes = serverPID > 0 ? [serverPID] + descendants(of: serverPID) : []
        _ = try? run(["tmux", "-L", socket, "kill-server"], output: nil)
        waitUntilGone(processes, seconds: 2)
        for pid in processes where isAlive(pid) { kill(pid, SIGKILL) }
        waitUntilGone(processes, seconds: 2)
        try? FileManager.default.removeItem(atPath: "/tmp/tmux-\(getuid())/\(socket)")
    }

    /// Every process under `pid`: its children, theirs, and so on.
    static func descendants(of pid: pid_t) -> [pid_t] {
        children(of: pid).flatMap { [$0] + descendants(of: $0) }
    }

    static func waitUntilGone(_ processes: [pid_t], seconds: Double) {
        let deadline = Date().addingTimeInterval(seconds)
        while processes.contains(where: isAlive) && Date() < deadline { usleep(20_000) }
    }

    /// Whether a process exists and has not yet been reaped (a zombie counts as gone).
    static func isAlive(_ pid: pid_t) -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        return !(status.split(separator: ")").last?.trimmingCharacters(in: .whitespaces).hasPrefix("Z") ?? true)
    }

    /// The processes whose parent is `pid`, from /proc.
    static func children(of pid: pid_t) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { pid_t($0) }.filter { child in
            guard let stat = try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8),
                let fields = stat.split(separator: ")").last?.split(separator: " "), fields.count > 1 else { return false }
            return pid_t(fields[1]) == pid
        }
    }

    /// Sends keys by tmux name (Enter, Escape, C-c) or as literal text.
    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", "0"] + keys) }
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "0", "-l", text]) }
    func resize(width: Int, height: Int) throws { try tmux(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)]) }

    func capture() -> String { (try? tmux(["capture-pane", "-p", "-t", "0"], readingOutput: true)) ?? "" }

    /// The pane's title, which an OSC escape reaching the terminal would change.
    func paneTitle() -> String {
        ((try? tmux(["display-message", "-p", "-t", "0", "#{pane_title}"], readingOutput: true)) ?? "").trimmingCharacters(in: .newlines)
    }

    /// Polls the screen until it satisfies the condition or the deadline passes; the last screen either way.
    @discardableResult
    func wait(seconds: Double = 10, until condition: (String) -> Bool) -> (found: Bool, screen: String) {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = capture()
        while !condition(screen) {
            guard Date() < deadline else { return (false, screen) }
            Thread.sleep(forTimeInterval: 0.05)
            screen = capture()
        }
        return (true, screen)
    }

    @discardableResult
    func wait(for text: String, seconds: Double = 10) -> (found: Bool, screen: String) {
        wait(seconds: seconds) { $0.contains(text) }
    }

    /// Runs a tmux command on this server, its output (when wanted) through a file.
    @discardableResult
    private func tmux(_ arguments: [String], readingOutput: Bool = false) throws -> String {
        guard readingOutput else {
            try Self.run(["tmux", "-L", socket] + arguments, output: nil)
            return ""
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        try Self.run(["tmux", "-L", socket] + arguments, output: output)
        return try String(contentsOfFile: output, encoding: .utf8)
    }

    /// Runs a program found on PATH and waits for it, with no signal blocked and every signal at its default.
    ///
    /// Foundation's Process starts a child with the signal mask of the thread that starts it, and the test runner's
    /// threads block nearly every signal: a tmux server started so could not be told to end, nor could the shells
    /// in its panes be hung up, and each run of the suite left servers behind. Output goes to a file, not a pipe: a
    /// server that another test starts meanwhile could inherit a pipe's write end and keep it open.
    @discardableResult
    static func run(_ arguments: [String], output: String?) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let error = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
        guard error == 0 else { throw POSIXError(POSIXErrorCode(rawValue: error) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return status
    }
}
