import Foundation

/// Runs the built `caseload` binary as a separate process, as a supervisor or script would.
struct CaseloadProcess {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        let stdoutBytes: Data
    }

    /// The repository root, found from this file's place in it.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `caseload` executable built beside the test bundle.
    static let binary: URL = {
        let buildFolder = Bundle.main.bundleURL
        let candidates = [
            buildFolder.appendingPathComponent("caseload"),
            buildFolder.deletingLastPathComponent().appendingPathComponent("caseload"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("caseload"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// A private environment: its own home, data and config folders, nothing from the user's.
    let home: URL
    /// Variables every run gets, such as `CASELOAD_DB` naming a PostgreSQL database.
    let environment: [String: String]

    init(home: URL, environment: [String: String] = [:]) {
        self.home = home
        self.environment = environment
    }

    /// The default database of this environment, where `import` writes with no `--db`: until then, commands show the demo.
    var database: String { Self.database(in: home) }

    static func database(in home: URL) -> String { home.appendingPathComponent("data/caseload/caseload.sqlite").path }

    func run(_ arguments: [String], in folder: URL? = nil, environment extra: [String: String] = [:]) throws -> Result {
        try runTogether([arguments], in: folder, environment: extra)[0]
    }

    /// The exit status `timeout` gives a process it had to stop.
    static let timedOut: Int32 = 124
    /// How long a bounded run may take before it is stopped: minutes more than any bad input needs.
    static let boundSeconds = 60
    /// The address space a bounded run may use: a fixed cap, so a reader that copies what it reads fails.
    static let boundKilobytes = 256 * 1024

    /// Runs as `run` does, but stopped after `boundSeconds` and refused memory beyond `boundKilobytes`; as root,
    /// without the capabilities that override file permissions, so a file without read permission is unreadable.
    func runBounded(_ arguments: [String], in folder: URL? = nil) throws -> Result {
        let asUser = getuid() == 0 ? ["setpriv", "--bounding-set=-dac_override,-dac_read_search"] : []
        return try run(
            after: "ulimit -v \(Self.boundKilobytes)", ["timeout", String(Self.boundSeconds)] + asUser + [Self.binary.path] + arguments,
            in: folder)
    }

    /// Runs `command` (a program and its arguments) in a shell that first runs `setup`, such as a `ulimit`.
    func run(after setup: String, _ command: [String], in folder: URL? = nil) throws -> Result {
        let shell = ["-c", setup + " && exec \"$@\"", "sh"] + command
        return try runTogether([shell], executable: URL(fileURLWithPath: "/bin/sh"), in: folder, environment: [:])[0]
    }

    /// Starts one process per argument list at once, then waits for them all.
    func runTogether(
        _ argumentLists: [[String]], executable: URL = binary, in folder: URL? = nil, environment extra: [String: String] = [:]
    ) throws -> [Result] {
        let started = try argumentLists.map { try start($0, executable: executable, in: folder, environment: extra) }
        return started.map { process, out, err in
            let outData = out.fileHandleForReading.readDataToEndOfFile()
            let errData = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Result(
                status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: outData)
        }
    }

    /// Starts the command and returns at once, its output discarded: for killing it, or running others beside it.
    func start(_ arguments: [String]) throws -> Process {
        let process = prepare(arguments, executable: Self.binary, in: nil, environment: [:])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func start(
        _ arguments: [String], executable: URL, in folder: URL?, environment extra: [String: String]
    ) throws -> (Process, Pipe, Pipe) {
        let process = prepare(arguments, executable: executable, in: folder, environment: extra)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return (process, out, err)
    }

    private func prepare(_ arguments: [String], executable: URL, in folder: URL?, environment extra: [String: String]) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? home
        var environment = [
            "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_DATA_HOME": home.appendingPathComponent("data").path,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        environment.merge(self.environment) { _, new in new }
        environment.merge(extra) { _, new in new }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        return process
    }

    /// The arguments that import a folder's officers.csv and cases.csv as of a day.
    static func importing(_ folder: URL, asOf: String = "2026-11-15") -> [String] {
        [
            "import", "--officers", folder.appendingPathComponent("officers.csv").path,
            "--cases", folder.appendingPathComponent("cases.csv").path, "--as-of", asOf,
        ]
    }

    /// Writes a generated force into the folder `name` of this environment, returning the folder.
    func generate(_ name: String, officers: Int, cases: Int, unallocated: Int? = nil, seed: Int) throws -> URL {
        let counts = ["--officers", String(officers), "--cases", String(cases)] + (unallocated.map { ["--unallocated", String($0)] } ?? [])
        let result = try run(["generate"] + counts + ["--seed", String(seed), "--out", name])
        guard result.status == 0 else { throw GenerateFailed(stderr: result.stderr) }
        return home.appendingPathComponent(name)
    }

    /// Why `generate` wrote no force: what caseload said.
    struct GenerateFailed: Error {
        let stderr: String
    }

    /// Imports the bundled demo's CSV files into this environment's database.
    func importDemo() throws -> Result {
        let demo = Self.root.appendingPathComponent("fixtures/demo")
        return try run([
            "import", "--officers", demo.appendingPathComponent("officers.csv").path,
            "--cases", demo.appendingPathComponent("cases.csv").path, "--as-of", "2026-11-15",
        ])
    }
}

/// A fresh folder for one test, removed afterwards.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("caseload-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
