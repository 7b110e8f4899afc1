import CaseloadCore
import Foundation
import Testing

/// Officers' names stay where they are needed: `--redact` takes them out of every output that shows them, errors
/// never carry them, and the files that hold them are readable by their owner alone.
@Suite("Privacy")
struct PrivacyTests {
    /// Every officer name in the demo force.
    static let names: [String] = {
        let bytes = (try? [UInt8](Data(contentsOf: CaseloadProcess.root.appendingPathComponent("fixtures/demo/officers.csv")))) ?? []
        var reader = CSVReader(bytes: bytes)
        var names: [String] = []
        while let record = reader.next() { names.append(record.fields[1].value) }
        return Array(names.dropFirst())
    }()

    /// The outputs with names in them; the JSON of suggest, plan, rebalance and cover gives ids only.
    static let showingNames: [[String]] = [
        ["flags"], ["flags", "--format", "json"], ["flags", "--format", "csv"],
        ["suggest", "C9001"], ["plan"], ["rebalance"], ["cover", "OM08"],
        ["whatif", "--absent", "OM02", "OM05"], ["notice", "OM05", "--by", "DI Example"], ["ahead"],
    ] + ["csv", "json", "md", "html"].map { ["export", "--month", "2026-11", "--format", $0] }

    @Test("each output that shows names shows none with --redact", arguments: showingNames)
    func redacted(command: [String]) throws {
        #expect(Self.names.count == 24)
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let environment = ["CASELOAD_TODAY": "2026-11-15"]
        let plain = try caseload.run(command, environment: environment)
        #expect(plain.status == 0 || plain.status == 3, "\(plain.stderr)")
        #expect(Self.names.contains { plain.stdout.contains($0) }, "without --redact the output shows names")
        let redacted = try caseload.run(command + ["--redact"], environment: environment)
        #expect(redacted.status == plain.status)
        let shown = Self.names.filter { redacted.stdout.contains($0) || redacted.stderr.contains($0) }
        #expect(shown.isEmpty, "\(command) --redact shows \(shown)")
    }

    @Test("refusals and bad input name ids, never officers")
    func errorsCarryNoNames() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        let demo = CaseloadProcess.root.appendingPathComponent("fixtures/demo")
        let broken = home.url.appendingPathComponent("officers.csv")
        let officers = try String(contentsOf: demo.appendingPathComponent("officers.csv"), encoding: .utf8)
        try officers.replacingOccurrences(of: ",trained,", with: ",qualified,").write(to: broken, atomically: true, encoding: .utf8)
        let failing: [[String]] = [
            ["allocate", "C9001", "OM99", "--by", "x"], ["allocate", "C0001", "OM01", "--by", "x"],
            ["transfer", "C0001", "--from", "OM02", "--to", "OM03", "--by", "x", "--reason", "other", "--note", "x"],
            ["suggest", "NOPE"], ["audit", "NOPE"],
            ["import", "--officers", broken.path, "--cases", demo.appendingPathComponent("cases.csv").path],
        ] + (1...24).map { ["allocate", "C9001", String(format: "OM%02d", $0), "--by", "x", "--max-cases", "1"] }
        for command in failing {
            let result = try caseload.run(command)
            let shown = Self.names.filter { result.stderr.contains($0) || result.stdout.contains($0) }
            #expect(shown.isEmpty, "\(command) names \(shown): \(result.stderr)")
        }
    }

    @Test("the database, its WAL and an exported file are readable by their owner alone")
    func ownerOnly() throws {
        let home = try TemporaryFolder()
        let caseload = CaseloadProcess(home: home.url)
        #expect(try caseload.importDemo().status == 0)
        #expect(try caseload.run(["allocate", "C9005", "OM23", "--by", "x"], environment: ["CASELOAD_TODAY": "2026-11-15"]).status == 0)
        let export = home.url.appendingPathComponent("november.html").path
        #expect(try caseload.run(["export", "--month", "2026-11", "--format", "html", "--output", export], environment: ["CASELOAD_TODAY": "2026-11-15"]).status == 0)
        for file in [caseload.database, caseload.database + "-wal", export] {
            let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file) is \(String(mode ?? 0, radix: 8))")
        }
    }

    @Test("core dumps are off for the whole process, even under ulimit -c unlimited", .enabled(if: TmuxSession.isAvailable))
    func noCoreDumps() throws {
        let home = try TemporaryFolder()
        #expect(try CaseloadProcess(home: home.url).importDemo().status == 0)
        let pidFile = home.url.appendingPathComponent("pid").path
        let command = DashboardEndToEndTests.command(home.url).replacingOccurrences(of: "; rc=$?", with: "'; rc=$?")
        let tmux = try TmuxSession(width: 100, height: 30, command: "sh -c 'ulimit -c unlimited; echo $$ > \(pidFile); exec " + command)
        #expect(tmux.wait(for: "Officers 24").found)
        let pid = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        let limits = try String(contentsOfFile: "/proc/\(pid)/limits", encoding: .utf8)
        let core = limits.split(separator: "\n").first { $0.hasPrefix("Max core file size") }.map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        #expect(core.map { Array($0.suffix(3)) } == ["0", "0", "bytes"], "\(limits)")
        try tmux.send("q")
        #expect(tmux.wait(for: "EXIT=0").found)
    }

    @Test("the dashboard with --redact shows ids where names were", .enabled(if: TmuxSession.isAvailable))
    func dashboardRedacted() throws {
        let home = try TemporaryFolder()
        #expect(try CaseloadProcess(home: home.url).importDemo().status == 0)
        let tmux = try TmuxSession(width: 120, height: 40, command: DashboardEndToEndTests.command(home.url, "--redact"))
        #expect(tmux.wait(for: "Officers 24").found)
        let steps = [
            ("", "Officers 24"), ("Enter", "caseload › Officers › OM"), ("Escape", "Officers 24"), ("u", "cases waiting for an officer"),
            ("Enter", "Suggest for"), ("Escape", "cases waiting for an officer"), ("Escape", "Officers 24"), ("m", "› Monthly"),
            ("Escape", "Officers 24"),
        ]
        for (key, expected) in steps {
            if !key.isEmpty { try tmux.send(key) }
            let shown = tmux.wait(for: expected)
            #expect(shown.found, "after \(key), no \(expected): \(shown.screen)")
            #expect(Self.names.filter { shown.screen.contains($0) }.isEmpty, "after \(key): \(shown.screen)")
        }
        #expect(tmux.capture().contains("OM"))
        try tmux.send("q")
        #expect(tmux.wait(for: "EXIT=0").found)
    }
}
