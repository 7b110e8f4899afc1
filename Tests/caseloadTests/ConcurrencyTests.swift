import Foundation
import Testing

/// Supervisors allocating the same cases from several processes while another imports and others read, with the
/// dashboard open: one allocation wins each case, every success has its audit row, and no reader sees a half state.
@Suite("Several supervisors at once", .tags(.slow), .enabled(if: TmuxSession.isAvailable, "tmux is not installed; the dashboard is part of this test"))
struct ConcurrencyTests {
    static let rounds = 10
    static let workers = 3
    static let casesPerRound = 8

    /// What one worker's attempt at one case came to.
    struct Attempt {
        let caseID: String
        let worker: String
        let status: Int32
        let message: String
    }

    @Test("10 rounds of 3 processes allocating the same 8 cases, an import in 4 of them, a reader throughout, the dashboard open",
          arguments: Backend.available)
    func supervisorsAtOnce(backend: Backend) throws {
        let home = try TemporaryFolder()
        let database = try CommandDatabase(backend, home: home.url)
        let caseload = database.caseload
        let force = try caseload.generate("force", officers: 150, cases: 3_000, unallocated: 300, seed: 21)
        let importCommand = CaseloadProcess.importing(force)
        #expect(try caseload.run(importCommand).status == 0)
        let queue = try Self.unallocated(in: force.appendingPathComponent("cases.csv"))
        #expect(queue.count == 300)

        let variables = database.environment.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let tmux = try TmuxSession(width: 120, height: 30, command: DashboardEndToEndTests.command(home.url, environment: variables))
        #expect(tmux.wait(for: "Queue 300").found, "the dashboard did not open")

        let reader = try Shell(home.url, database, "reader", """
            n=0; while [ ! -e stop ]; do n=$((n+1)); "$CASELOAD" export --month 2026-11 --format json > "reads/$n.json" 2>&1; done
            """)
        var lastImport = -1
        for round in 0..<Self.rounds {
            let contested = Array(queue[(round * Self.casesPerRound)..<((round + 1) * Self.casesPerRound)])
            let importing = round % 2 == 1 && round < Self.rounds - 2
            if importing { lastImport = round }
            let attempts = try Self.allocateTogether(contested, round: round, database: database, importing: importing ? importCommand : nil)

            for attempt in attempts where attempt.status != 0 {
                #expect(attempt.status == 1 && attempt.message.contains("has already been allocated"), "\(attempt)")
            }
            let state = try database.state()
            #expect(state.damage.isEmpty, "round \(round): \(state.damage)")
            let audit = try caseload.run(["audit", "--format", "json"]).stdout
            let holders = try database.holders(of: contested)
            for caseID in contested {
                let wins = attempts.filter { $0.caseID == caseID && $0.status == 0 }
                #expect(importing ? (1...2).contains(wins.count) : wins.count == 1, "round \(round), \(caseID): \(wins.count) won")
                let rows = Self.auditRows(in: audit, for: caseID)
                #expect(rows.count == wins.count, "round \(round), \(caseID): \(rows.count) audit rows for \(wins.count) wins")
                let lastTo = rows.first?["to"] as? String
                #expect(holders[caseID] == lastTo || (importing && holders[caseID] == nil), "round \(round), \(caseID) is with \(String(describing: holders[caseID])), its audit says \(String(describing: lastTo))")
            }
        }
        try reader.stop()

        let reads = try FileManager.default.contentsOfDirectory(atPath: home.url.appendingPathComponent("reads").path)
        #expect(reads.count >= Self.rounds, "the reader hardly ran")
        for read in reads {
            let text = try String(contentsOf: home.url.appendingPathComponent("reads/\(read)"), encoding: .utf8)
            #expect(Self.isWhole(text), "read \(read) saw a half state or failed: \(text.prefix(300))")
        }

        let final = try Self.forceTotals(caseload.run(["export", "--month", "2026-11", "--format", "json"], environment: ["CASELOAD_TODAY": "2026-11-15"]).stdout)
        let allocatedSinceImport = (Self.rounds - 1 - lastImport) * Self.casesPerRound
        #expect(final.unallocated <= 300 - allocatedSinceImport, "allocations were lost")
        #expect(tmux.wait(for: "Queue \(final.unallocated) ", seconds: 10).found, "the dashboard did not follow: \(tmux.capture())")
        try tmux.send("q")
        #expect(tmux.wait(for: "EXIT=0").found, "the dashboard did not keep running: \(tmux.capture())")
    }

    /// Each worker tries every contested case, in its own order, for its own officer; meanwhile the import, if any, runs once.
    private static func allocateTogether(_ cases: [String], round: Int, database: CommandDatabase, importing: [String]?) throws -> [Attempt] {
        var shells: [Shell] = []
        for worker in 0..<workers {
            let name = "r\(round)w\(worker)"
            let officer = String(format: "OM%03d", 1 + worker * 40 + round)
            let order = cases.shuffled().joined(separator: " ")
            shells.append(try Shell(database.home, database, name, """
                for c in \(order); do
                    "$CASELOAD" allocate "$c" \(officer) --by \(name) --override --reason other --note race > /dev/null 2> err.$c.\(name)
                    s=$?
                    if grep -q "nothing to override" err.$c.\(name); then
                        "$CASELOAD" allocate "$c" \(officer) --by \(name) > /dev/null 2> err.$c.\(name)
                        s=$?
                    fi
                    echo "$c $s $(tr '\\n' ' ' < err.$c.\(name))"
                done
                """))
        }
        if let importing {
            let arguments = importing.map { "'\($0)'" }.joined(separator: " ")
            shells.append(try Shell(database.home, database, "r\(round)import", "sleep 0.$(( $$ % 5 )); \"$CASELOAD\" \(arguments) > /dev/null"))
        }
        var attempts: [Attempt] = []
        for (index, shell) in shells.enumerated() {
            let output = try shell.wait()
            guard index < workers else {
                #expect(shell.status == 0, "the import failed: \(output)")
                continue
            }
            for line in output.split(separator: "\n") {
                let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
                attempts.append(Attempt(
                    caseID: String(parts[0]), worker: "r\(round)w\(index)", status: Int32(parts[1]) ?? -1,
                    message: parts.count > 2 ? String(parts[2]) : ""))
            }
        }
        #expect(attempts.count == workers * cases.count)
        return attempts
    }

    /// The case ids that cases.csv leaves unallocated, in file order.
    private static func unallocated(in file: URL) throws -> [String] {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            return fields[1].isEmpty ? String(fields[0]) : nil
        }
    }

    private static func auditRows(in json: String, for caseID: String) -> [[String: Any]] {
        let log = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any]
        let rows = log?["entries"] as? [[String: Any]] ?? []
        return rows.filter { $0["case_id"] as? String == caseID }
    }

    /// Whether an export's officers add up to its force totals, as they must in any one committed state.
    private static func isWhole(_ json: String) -> Bool {
        guard let view = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any],
            let officers = view["officers"] as? [[String: Any]], let totals = try? forceTotals(json)
        else { return false }
        let held = officers.reduce(0) { $0 + ($1["cases"] as? Int ?? 0) }
        return held == totals.allocated && totals.allocated + totals.unallocated == 3000
    }

    private static func forceTotals(_ json: String) throws -> (allocated: Int, unallocated: Int) {
        let view = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any])
        let force = try #require(view["force"] as? [String: Any])
        return (try #require(force["allocated"] as? Int), try #require(force["unallocated"] as? Int))
    }
}

/// A shell script run in the background in a test's home, with `$CASELOAD` the binary and `$CASELOAD_DB` the test's
/// database, on the dashboard tests' fixed day.
final class Shell {
    let process = Process()
    private let output: URL
    private(set) var status: Int32 = -1

    init(_ home: URL, _ database: CommandDatabase, _ name: String, _ script: String) throws {
        output = home.appendingPathComponent("\(name).out")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("reads"), withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: output.path, contents: nil), "made the file the process writes to")
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = home
        process.environment = database.environment.merging([
            "CASELOAD": CaseloadProcess.binary.path, "HOME": home.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "CASELOAD_TODAY": "2026-11-15",
        ]) { _, new in new }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = process.standardOutput
        try process.run()
    }

    /// Waits for the script to end and returns what it printed.
    func wait() throws -> String {
        process.waitUntilExit()
        status = process.terminationStatus
        return try String(contentsOf: output, encoding: .utf8)
    }

    /// Asks a looping script to stop, by the file `stop` in its folder, and waits for it.
    func stop() throws {
        #expect(FileManager.default.createFile(atPath: process.currentDirectoryURL!.appendingPathComponent("stop").path, contents: nil), "made the file that asks the script to stop")
        _ = try wait()
    }
}
