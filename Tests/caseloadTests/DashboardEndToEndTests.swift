import Foundation
import Testing

/// The real binary in tmux, as a supervisor uses it.
@Suite("The dashboard in a real terminal", .enabled(if: TmuxSession.isAvailable, "tmux is not installed; skipping the terminal tests"))
struct DashboardEndToEndTests {
    /// A shell command line that runs caseload on a database with a fixed date, then saves the tty state and
    /// prints how it exited, in that order, so that seeing EXIT= means the state is on disk.
    static func command(_ home: URL, _ arguments: String = "", environment: String = "") -> String {
        let status = home.appendingPathComponent("stty.txt").path
        let folders = "HOME=\(home.path) XDG_DATA_HOME=\(home.appendingPathComponent("data").path) XDG_CONFIG_HOME=\(home.appendingPathComponent("config").path)"
        return "env LANG=C.UTF-8 USER=sgt.tmux \(folders) CASELOAD_TODAY=2026-11-15 \(environment) \(CaseloadProcess.binary.path) \(arguments); "
            + "rc=$?; stty -a > \(status); echo EXIT=$rc; sleep 60"
    }

    static func sttyIsSane(_ home: URL) throws -> Bool {
        let text = try String(contentsOf: home.appendingPathComponent("stty.txt"), encoding: .utf8)
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" })
        return words.contains("icanon") && words.contains("echo") && !words.contains("-icanon") && !words.contains("-echo")
    }

    @Test("browse, search, drill in and out, allocate with confirmation, resize, quit")
    func session() throws {
        let home = try TemporaryFolder()
        #expect(try CaseloadProcess(home: home.url).importDemo().status == 0)
        let tmux = try TmuxSession(width: 100, height: 30, command: Self.command(home.url))
        #expect(tmux.wait(for: "Officers 24 · Cases 1,072 · Queue 6").found, "the officers table did not show")
        #expect(tmux.capture().contains("Ella Hughes"))

        try tmux.send("/")
        try tmux.type("Zoë")
        try tmux.send("Enter")
        try tmux.send("Enter")
        #expect(tmux.wait(for: "› Zoë Ångström (OM24)").found && tmux.capture().contains(" West · FTE 1"), "search did not find Zoë Ångström")
        try tmux.send("Escape")
        #expect(tmux.wait(for: "Officers 24 · Cases").found)

        try tmux.send("u")
        #expect(tmux.wait(for: "6 cases waiting for an officer").found)
        try tmux.send("Enter")
        #expect(tmux.wait(for: "C9001  North  high").found)
        try tmux.send("Enter")
        #expect(tmux.wait(for: "Allocate C9001 to Farid Iqbal (OM06)?").found)
        try tmux.send("y")
        #expect(tmux.wait(for: "Allocated C9001 to OM06; recorded in the audit log.").found)
        #expect(tmux.wait(for: "5 cases waiting for an officer").found)

        try tmux.resize(width: 80, height: 24)
        let resized = tmux.wait { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return screen.contains("limits 50/20%") && lines.allSatisfy { $0.count <= 80 } && lines.count <= 25
        }
        #expect(resized.found, "did not redraw at 80x24:\n\(resized.screen)")

        try tmux.send("q")
        #expect(tmux.wait(for: "Cases 1,072").found)
        try tmux.send("q")
        #expect(tmux.wait(for: "EXIT=0").found)
        #expect(try Self.sttyIsSane(home.url))
        let audit = try CaseloadProcess(home: home.url).run(["audit", "C9001"])
        #expect(audit.stdout.contains("OM06"))
    }

    @Test("another supervisor allocating shows on screen without a key press")
    func liveData() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let tmux = try TmuxSession(width: 100, height: 30, command: Self.command(home.url))
        #expect(tmux.wait(for: "Queue 6").found)
        #expect(try caseload.run(["allocate", "C9005", "OM23", "--by", "sgt.other"]).status == 0)
        #expect(tmux.wait(for: "Queue 5", seconds: 5).found, "the dashboard did not show the other allocation")
        try tmux.send("q")
        #expect(tmux.wait(for: "EXIT=0").found)
    }

    @Test("a terminal it cannot use gets a clear message and exit 2", arguments: [
        ("TERM=dumb", "TERM is dumb or unset"),
        ("TERM=no-such-terminal-here", "is not known to this system"),
    ])
    func unusableTerminal(environment: String, message: String) throws {
        let home = try TemporaryFolder()
        let tmux = try TmuxSession(width: 100, height: 30, command: Self.command(home.url, environment: environment))
        let result = tmux.wait(for: "EXIT=")
        #expect(result.screen.contains(message), "\(result.screen)")
        #expect(result.screen.contains("EXIT=2"))
        #expect(try Self.sttyIsSane(home.url))
    }

    @Test("too small a terminal asks to be enlarged, and q still quits cleanly")
    func tooSmall() throws {
        let home = try TemporaryFolder()
        let tmux = try TmuxSession(width: 60, height: 20, command: Self.command(home.url))
        #expect(tmux.wait(for: "at least 80×24").found)
        try tmux.send("q")
        #expect(tmux.wait(for: "EXIT=0").found)
        #expect(try Self.sttyIsSane(home.url))
    }

    @Test("Ctrl-C gives the terminal back as it was")
    func interrupt() throws {
        let home = try TemporaryFolder()
        let tmux = try TmuxSession(width: 100, height: 30, command: Self.command(home.url))
        #expect(tmux.wait(for: "Cases 1,072").found)
        try tmux.send("C-c")
        #expect(tmux.wait(for: "EXIT=0").found)
        #expect(try Self.sttyIsSane(home.url))
    }

    @Test("SIGTERM and SIGHUP give the terminal back as it was", arguments: ["TERM", "HUP"])
    func signalled(signal: String) throws {
        let home = try TemporaryFolder()
        let pidFile = home.url.appendingPathComponent("pid").path
        let tmux = try TmuxSession(width: 100, height: 30, command: "sh -c 'echo $$ > \(pidFile); exec " + Self.command(home.url).replacingOccurrences(of: "; rc=$?", with: "'; rc=$?"))
        #expect(tmux.wait(for: "Cases 1,072").found)
        let pid = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/bin/kill")
        kill.arguments = ["-\(signal)", pid]
        try kill.run()
        kill.waitUntilExit()
        #expect(tmux.wait(for: "EXIT=0").found)
        #expect(try Self.sttyIsSane(home.url))
    }

    @Test("a fatal signal (a crash, an abort, Ctrl-\\) gives the terminal back before the process dies, with no report over the screen", arguments: ["SEGV", "ABRT", "ILL", "QUIT"])
    func fatalSignal(signal: String) throws {
        let home = try TemporaryFolder()
        #expect(try CaseloadProcess(home: home.url).importDemo().status == 0)
        let pidFile = home.url.appendingPathComponent("pid").path
        let tmux = try TmuxSession(width: 100, height: 30, command: "sh -c 'echo $$ > \(pidFile); exec " + Self.command(home.url).replacingOccurrences(of: "; rc=$?", with: "'; rc=$?"))
        #expect(tmux.wait(for: "Cases 1,072").found)
        if signal == "QUIT" {
            try tmux.send("C-\\")
        } else {
            let pid = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
            let kill = Process()
            kill.executableURL = URL(fileURLWithPath: "/bin/kill")
            kill.arguments = ["-\(signal)", pid]
            try kill.run()
            kill.waitUntilExit()
        }
        let status = ["SEGV": 139, "ABRT": 134, "ILL": 132, "QUIT": 131][signal] ?? 0
        let died = tmux.wait(for: "EXIT=\(status)")
        #expect(died.found, "did not die of SIG\(signal): \(died.screen)")
        #expect(try Self.sttyIsSane(home.url))
        #expect(!died.screen.contains("Backtracing") && !died.screen.contains("Officers 24"), "\(died.screen)")
    }

    @Test("act where you look: transfer an officer's case, preview and apply the plan, preview the rebalance")
    func actions() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let tmux = try TmuxSession(width: 120, height: 40, command: Self.command(home.url))
        #expect(tmux.wait(for: "Officers 24 · Cases 1,072").found)
        try tmux.send("Enter")
        #expect(tmux.wait(for: "52 cases, 2 over the limit of 50: no new cases until within").found, "\(tmux.capture())")
        try tmux.send("Enter")
        #expect(tmux.wait(for: "› Transfer C1180").found, "\(tmux.capture())")
        try tmux.send("Enter")
        #expect(tmux.wait(for: "Transfer C1180 from Ella Hughes (OM05) to").found, "\(tmux.capture())")
        try tmux.send("Enter")
        #expect(tmux.wait(for: "Reason: caseload adjustment").found, "\(tmux.capture())")
        try tmux.send("y")
        #expect(tmux.wait(for: "Transferred C1180 from OM05 to").found, "\(tmux.capture())")
        #expect(tmux.wait(for: "51/50 cases").found, "\(tmux.capture())")
        try tmux.send("Escape")
        #expect(tmux.wait(for: "Officers 24 · Cases 1,072").found)
        try tmux.send("R")
        #expect(tmux.wait(for: "transfer, each an L2/L3 case leaving untrained hands").found, "\(tmux.capture())")
        #expect(tmux.capture().contains("On hold: Ella Hughes (OM05), 1 case over the limit of 50"), "\(tmux.capture())")
        try tmux.send("Escape")
        #expect(tmux.wait(for: "Officers 24 · Cases 1,072").found)
        try tmux.send("p")
        #expect(tmux.wait(for: "6 waiting: 6 placed, 0 cannot be placed").found, "\(tmux.capture())")
        try tmux.send("a")
        #expect(tmux.wait(for: "Make these 6 allocations in one transaction").found, "\(tmux.capture())")
        try tmux.send("y")
        #expect(tmux.wait(for: "Made 6 allocations; recorded in the audit log.").found, "\(tmux.capture())")
        #expect(tmux.wait(for: "any key closes this").found, "the allocations are listed: \(tmux.capture())")
        try tmux.send("Escape")
        #expect(tmux.wait(for: "Queue 0").found)
        try tmux.send("q")
        #expect(tmux.wait(for: "EXIT=0").found)
        let audit = try caseload.run(["audit", "--format", "json"]).stdout
        #expect(audit.components(separatedBy: "\"case_id\": \"").count - 1 == 7, "\(audit)")
        #expect(audit.contains("\"reason\": \"caseload_adjustment\""))
    }

    @Test("Esc on home and a sequence the terminal does not know neither quit; q does")
    func keysThatNeverSurprise() throws {
        let home = try TemporaryFolder()
        #expect(try CaseloadProcess(home: home.url).importDemo().status == 0)
        let tmux = try TmuxSession(width: 100, height: 30, command: Self.command(home.url, environment: "TERM=xterm-256color"))
        #expect(tmux.wait(for: "Cases 1,072").found)
        try tmux.send("t")
        #expect(tmux.wait(for: "team: East").found)
        try tmux.send("Escape")
        #expect(tmux.wait(for: "Showing every officer.").found, "\(tmux.capture())")
        #expect(tmux.capture().contains("team: all"))
        for sequence in ["\u{1B}[99~", "\u{1B}[1;9Z", "\u{1B}O9", "\u{1B}x"] {
            try tmux.type(sequence)
            usleep(300_000)
            try tmux.send("Escape")
            var home = tmux.wait(for: "This is the home screen: q quits.")
            if !home.found && !home.screen.contains("EXIT=") {
                // On a loaded machine an Esc can arrive while the unknown sequence is still being read, and be taken
                // with it; what matters is that neither quits, so a second Esc must still find the home screen.
                try tmux.send("Escape")
                home = tmux.wait(for: "This is the home screen: q quits.")
            }
            #expect(home.found, "after \(sequence.debugDescription): \(home.screen)")
            try tmux.send("j")
        }
        try tmux.send("Enter")
        try tmux.send("Home")
        try tmux.send("End")
        #expect(tmux.wait(for: "› Ella Hughes (OM05)").found || tmux.capture().contains("Officers ›"), "\(tmux.capture())")
        try tmux.send("q")
        #expect(tmux.wait(for: "Cases 1,072").found)
        try tmux.send("q")
        #expect(tmux.wait(for: "EXIT=0").found)
        #expect(try Self.sttyIsSane(home.url))
    }

    @Test("a resize while scrolled keeps the selection in view; quitting leaves the normal screen as it was")
    func resizeWhileScrolled() throws {
        let home = try TemporaryFolder()
        #expect(try CaseloadProcess(home: home.url).importDemo().status == 0)
        let tmux = try TmuxSession(width: 80, height: 24, command: "clear; echo BEFORE-THE-DASHBOARD; " + Self.command(home.url))
        #expect(tmux.wait(for: "Cases 1,072").found)
        try tmux.send("u")
        try tmux.send("Enter")
        try tmux.send("End")
        #expect(tmux.wait(for: "24 of 24").found, "\(tmux.capture())")
        try tmux.resize(width: 200, height: 60)
        let redrawn = tmux.wait { $0.contains("24 of 24") && $0.contains("Zoë Ångström") && $0.contains("Farid Iqbal") }
        #expect(redrawn.found, "\(redrawn.screen)")
        try tmux.resize(width: 80, height: 24)
        let shrunk = tmux.wait { $0.contains("24 of 24") && $0.contains("Zoë Ångström") }
        #expect(shrunk.found, "the selected last row fell out of view: \(shrunk.screen)")
        for _ in 0..<3 { try tmux.send("q") }
        let after = tmux.wait(for: "EXIT=0")
        #expect(after.found)
        #expect(after.screen.contains("BEFORE-THE-DASHBOARD"), "\(after.screen)")
        #expect(!after.screen.contains("caseload ›") && !after.screen.contains("Officers 24"), "dashboard rows stayed on the normal screen: \(after.screen)")
    }

    @Test("a session ends its tmux server, the shell in it and what that shell runs, and leaves no socket")
    func sessionCleansUp() throws {
        var pids: [pid_t] = []
        var socket = ""
        do {
            let tmux = try TmuxSession(width: 80, height: 24, command: "env -i PATH=/usr/bin:/bin TERM=screen bash --norc --noprofile -i")
            try tmux.type("sleep 600\n")
            #expect(tmux.wait { _ in TmuxSession.children(of: tmux.serverPID).flatMap(TmuxSession.children).count == 1 }.found)
            let shells = TmuxSession.children(of: tmux.serverPID)
            pids = [tmux.serverPID] + shells + shells.flatMap(TmuxSession.children)
            socket = tmux.socket
        }
        #expect(pids.count == 3, "\(pids)")
        #expect(pids.filter(TmuxSession.isAlive).isEmpty, "left running: \(pids.filter(TmuxSession.isAlive))")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/tmux-\(getuid())/\(socket)"))
    }

    @Test("Ctrl-Z suspends to the shell and fg brings the dashboard back, drawn whole")
    func suspendAndResume() throws {
        let home = try TemporaryFolder()
        #expect(try CaseloadProcess(home: home.url).importDemo().status == 0)
        let tmux = try TmuxSession(width: 100, height: 30, command: "env -i PATH=/usr/bin:/bin TERM=screen HOME=\(home.url.path) bash --norc --noprofile -i")
        try tmux.type(Self.command(home.url).components(separatedBy: "; rc=$?").first! + "\n")
        #expect(tmux.wait(for: "Cases 1,072").found, "\(tmux.capture())")
        try tmux.send("C-z")
        #expect(tmux.wait(for: "Stopped").found, "Ctrl-Z did not suspend: \(tmux.capture())")
        try tmux.type("fg\n")
        let back = tmux.wait { $0.contains("Officers 24") && $0.contains("? help") }
        #expect(back.found, "fg did not bring the dashboard back whole: \(back.screen)")
        try tmux.send("q")
        #expect(tmux.wait(seconds: 10) { (screen: String) in !screen.contains("Officers 24") }.found)
    }

    @Test("a far date in CASELOAD_TODAY is refused before the terminal is touched")
    func farDate() throws {
        let home = try TemporaryFolder()
        let tmux = try TmuxSession(width: 100, height: 30, command: Self.command(home.url).replacingOccurrences(of: "CASELOAD_TODAY=2026-11-15", with: "CASELOAD_TODAY=0001-06-20"))
        let done = tmux.wait(for: "EXIT=1")
        #expect(done.found, "\(done.screen)")
        #expect(done.screen.contains("CASELOAD_TODAY: '0001-06-20' is not a date caseload can use"))
        #expect(try Self.sttyIsSane(home.url))
    }

    @Test("on the demo force every screen says so, and an allocation says before it is made that it will not be saved")
    func demoBanner() throws {
        let home = try TemporaryFolder()
        let tmux = try TmuxSession(width: 100, height: 30, command: Self.command(home.url, environment: "USER=sgt.demo"))
        #expect(tmux.wait(for: "DEMO FORCE · not saved").found, "\(tmux.capture())")
        for key in ["u", "Enter"] {
            try tmux.send(key)
            #expect(tmux.wait(for: "DEMO FORCE · not saved").found)
        }
        #expect(tmux.wait(for: "C9001  North  high").found)
        try tmux.send("Enter")
        #expect(tmux.wait(for: "This is the demo force").found && tmux.capture().contains("when you quit"), "\(tmux.capture())")
        try tmux.send("y")
        #expect(tmux.wait(for: "on the demo force: not saved, gone when you quit.").found, "\(tmux.capture())")
        try tmux.send("q")
        try tmux.send("q")
        #expect(tmux.wait(for: "EXIT=0").found)
        #expect(!FileManager.default.fileExists(atPath: CaseloadProcess.database(in: home.url)), "the demo wrote a database")
    }

    @Test("a 10x5 terminal gets a message, not a crash, and q still quits cleanly")
    func tiny() throws {
        let home = try TemporaryFolder()
        let tmux = try TmuxSession(width: 10, height: 5, command: Self.command(home.url))
        #expect(tmux.wait(for: "80×24").found, "\(tmux.capture())")
        try tmux.send("q")
        #expect(tmux.wait(for: "EXIT=0").found, "\(tmux.capture())")
        #expect(try Self.sttyIsSane(home.url))
    }

    @Test("a storm of 40 resizes, through sizes too small to use, ends with the right screen at the last size")
    func resizeStorm() throws {
        let home = try TemporaryFolder()
        #expect(try CaseloadProcess(home: home.url).importDemo().status == 0)
        let tmux = try TmuxSession(width: 100, height: 30, command: Self.command(home.url))
        #expect(tmux.wait(for: "Cases 1,072").found)
        let sizes = [(10, 5), (200, 60), (79, 23), (80, 24), (1, 1), (132, 43), (40, 100), (120, 30)]
        for step in 0..<40 {
            let size = sizes[step % sizes.count]
            try tmux.resize(width: size.0, height: size.1)
        }
        try tmux.resize(width: 110, height: 32)
        let screen = tmux.wait { $0.contains("Officers 24 · Cases 1,072") && $0.contains("Ella Hughes") }
        #expect(screen.found, "\(screen.screen)")
        #expect(screen.screen.split(separator: "\n").allSatisfy { $0.count <= 110 })
        try tmux.send("q")
        #expect(tmux.wait(for: "EXIT=0").found)
        #expect(try Self.sttyIsSane(home.url))
    }

    @Test("hostile names neither clear the screen nor retitle the window; they show escaped")
    func hostileNames() throws {
        let home = try TemporaryFolder()
        let hostile = CaseloadProcess.root.appendingPathComponent("fixtures/hostile")
        #expect(try CaseloadProcess(home: home.url).run(CaseloadProcess.importing(hostile)).status == 0)
        let tmux = try TmuxSession(width: 200, height: 40, command: Self.command(home.url))
        #expect(tmux.wait(for: "Officers 9 · Cases 30").found)
        #expect(tmux.capture().contains("\\u{001B}[2J"), "the escapes are shown as text")
        let steps = [
            ("u", "cases waiting for an officer"), ("Enter", "Suggest for"), ("Escape", "cases waiting for an officer"),
            ("Escape", "Officers 9 · Cases 30"), ("m", "caseload › Officers › Monthly"), ("Escape", "Officers 9 · Cases 30"),
            ("End", "Officers 9 · Cases 30"), ("Enter", "caseload › Officers › "), ("Escape", "Officers 9 · Cases 30"),
        ]
        for (key, expected) in steps {
            try tmux.send(key)
            let shown = tmux.wait(for: expected)
            #expect(shown.found, "after \(key), no \(expected): \(shown.screen)")
            #expect(shown.screen.contains("caseload ›"), "after \(key) the header was gone: the screen was cleared")
        }
        #expect(tmux.wait(for: "Officers 9 · Cases 30").found, "not back on the list: \(tmux.capture())")
        #expect(tmux.paneTitle() != "pwned")
        try tmux.send("q")
        #expect(tmux.wait(for: "EXIT=0").found)
        #expect(try Self.sttyIsSane(home.url))
    }

    @Test("with standard output not a terminal, it says so and exits 2")
    func notATerminal() throws {
        let home = try TemporaryFolder()
        let result = try CaseloadProcess(home: home.url).run([])
        #expect(result.status == 2)
        #expect(result.stderr.contains("the dashboard needs a terminal, and standard output is not one"))
    }
}
