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

    /// Starts `command` (a shell command line) in a new session of the given size.
    init(width: Int, height: Int, command: String) throws {
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", String(width), "-y", String(height), command])
    }

    deinit { try? tmux(["kill-server"]) }

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
    ///
    /// Not a pipe: a tmux server that another test starts meanwhile can inherit the pipe's write end, and
    /// reading the pipe to its end would then wait for that server to exit. Reaped with waitpid: when the
    /// client forks the server, Foundation on Linux can miss the client's exit and wait for ever.
    @discardableResult
    private func tmux(_ arguments: [String], readingOutput: Bool = false) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        if readingOutput {
            FileManager.default.createFile(atPath: output.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: output)
        } else {
            process.standardOutput = FileHandle.nullDevice
        }
        try process.run()
        var status: Int32 = 0
        waitpid(process.processIdentifier, &status, 0)
        return readingOutput ? (try String(contentsOf: output, encoding: .utf8)) : ""
    }
}
