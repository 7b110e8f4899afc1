import ArgumentParser
import CaseloadCore
import Foundation

/// `caseload-bench`: times the product's work against DESIGN.md's budgets, each measurement in a process of its own.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caseload-bench",
        abstract: "Measure caseload against the budgets in DESIGN.md, and how its costs grow with the force.",
        discussion: """
            Run it from a release build: swift run -c release caseload-bench. Forces are generated with the product's \
            own generator (seeded) and kept in --data for the next run.
            """,
        subcommands: [Run.self, MeasureOne.self, LoadWorker.self],
        defaultSubcommand: Run.self
    )
}

extension Bench {
    /// Measures every work, prints the tables, and writes JSON when asked.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "run", abstract: "Measure and print the tables (the default).")

        @Option(help: ArgumentHelp("Cases at each size of the scaling table, comma-separated.", valueName: "n,n"))
        var sizes = "1000,10000,100000,1000000"
        @Option(help: ArgumentHelp("Multiply the budgets' sizes by this, for a quick run (their verdicts then mean nothing).", valueName: "x"))
        var scale = 1.0
        @Option(help: ArgumentHelp("Repetitions of each measurement; the median is reported.", valueName: "n"))
        var repetitions = 5
        @Option(help: ArgumentHelp("Measure only these works, comma-separated: \(Work.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "w,w"))
        var only: String?
        @Option(help: ArgumentHelp("Also write the results as JSON to this file.", valueName: "file")) var json: String?
        @Option(help: ArgumentHelp("The folder that keeps generated forces between runs.", valueName: "dir")) var data = ".build/bench-data"
        @Option(help: ArgumentHelp(
            "A PostgreSQL server whose role may create databases, for the pg-* works (default $CASELOAD_BENCH_POSTGRES; without one they are left out).",
            valueName: "url"))
        var postgres: String?
        @Option(help: ArgumentHelp("How long pg-load's processes allocate and transfer (DESIGN.md: 30).", valueName: "seconds"))
        var loadSeconds = 30.0

        /// The server for the pg-* works: --postgres, else $CASELOAD_BENCH_POSTGRES.
        var server: String? { postgres ?? ProcessInfo.processInfo.environment["CASELOAD_BENCH_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 } }

        func validate() throws {
            guard parsedSizes != nil else { throw ValidationError("--sizes must be whole numbers of cases from 100 upward, e.g. 1000,10000") }
            guard scale > 0 && scale <= 1 else { throw ValidationError("--scale must be above 0 and at most 1") }
            guard (1...100).contains(repetitions) else { throw ValidationError("--repetitions must be from 1 to 100") }
            guard (1...3600).contains(loadSeconds) else { throw ValidationError("--load-seconds must be from 1 to 3600") }
            if parsedOnly == nil { throw ValidationError("--only names a work that does not exist; use some of \(Work.allCases.map(\.rawValue).joined(separator: ", "))") }
        }

        var parsedSizes: [Int]? {
            let values = sizes.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard values.allSatisfy({ ($0 ?? 0) >= 100 }) else { return nil }
            return values.compactMap { $0 }
        }

        var parsedOnly: [Work]? {
            guard let only else { return Work.allCases }
            let works = only.split(separator: ",").map { Work(rawValue: String($0)) }
            return works.contains(nil) ? nil : works.compactMap { $0 }
        }

        func run() throws {
            let workspace = Workspace(folder: data)
            try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
            let works = (parsedOnly ?? []).filter { server != nil || !Work.onPostgres.contains($0) }
            if server == nil && only == nil { printError("no PostgreSQL server (--postgres or $CASELOAD_BENCH_POSTGRES): leaving out the pg-* works") }
            if server == nil, let left = parsedOnly?.first(where: Work.onPostgres.contains), only != nil {
                throw ValidationError("\(left.rawValue) needs a PostgreSQL server: give --postgres URL or set $CASELOAD_BENCH_POSTGRES")
            }
            var budgets: [Result] = []
            for work in works {
                budgets.append(try measure(work, work.force(scale: scale), workspace))
            }
            if let copy = budgets.first(where: { $0.work == .psqlCopy }), let index = budgets.firstIndex(where: { $0.work == .postgresImport }) {
                budgets[index].relativeBudget = 1.5 * copy.median
            }
            if let plain = budgets.first(where: { $0.work == .importCSV }), let index = budgets.firstIndex(where: { $0.work == .importAvailability }) {
                budgets[index].relativeBudget = plain.median + 2
            }
            var scaling: [Result] = []
            for cases in parsedSizes ?? [] {
                for work in Work.scaling where works.contains(work) {
                    scaling.append(try measure(work, .cases(cases, scale: 1), workspace))
                }
            }
            let report = Report(budgets: budgets, scaling: scaling, scale: scale)
            print("\n" + report.table(), terminator: "")
            print("\nMachine: \(Self.machine)")
            if let json {
                try report.json(machine: Self.machine).write(to: URL(fileURLWithPath: json), options: .atomic)
            }
        }

        /// Prepares the force's files and database here, then measures in a child process and reads back its samples.
        private func measure(_ work: Work, _ size: ForceSize, _ workspace: Workspace) throws -> Result {
            printError("measuring \(work.rawValue) on \(size.label)")
            if work == .importAvailability {
                _ = try workspace.availability(for: size)
            } else if work == .importCSV || work == .suggest || Work.onPostgres.contains(work) {
                _ = try workspace.files(for: size)
            } else {
                _ = try workspace.database(for: size)
            }
            let resultPath = try workspace.scratch("result.json")
            let status = try ChildProcess.run([
                "measure", "--work", work.rawValue, "--officers", "\(size.officers)", "--cases", "\(size.cases)",
                "--unallocated", "\(size.unallocated)", "--repetitions", "\(repetitions)", "--data", workspace.folder,
                "--result", resultPath, "--load-seconds", "\(loadSeconds)",
            ] + (server.map { ["--postgres", $0] } ?? []))
            guard status == 0 else { throw BenchFailure("measuring \(work.rawValue) on \(size.label) failed with status \(status)") }
            let samples = try JSONDecoder().decode(Samples.self, from: Data(contentsOf: URL(fileURLWithPath: resultPath)))
            guard !samples.samples.isEmpty else { throw BenchFailure("measuring \(work.rawValue) on \(size.label) gave no samples") }
            return Result(work: work, size: size, samples: samples.samples, peakBytes: samples.peakBytes, load: samples.load)
        }

        /// The processor and memory this ran on, from /proc.
        static var machine: String {
            let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
            let model = cpu.split(separator: "\n").first { $0.hasPrefix("model name") }?.split(separator: ":").last?
                .trimmingCharacters(in: .whitespaces) ?? "unknown processor"
            let memory = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8))?.split(separator: "\n").first?
                .split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
            return "\(ProcessInfo.processInfo.activeProcessorCount) cores, \(model), \(memory / 1_048_576) GiB"
        }
    }

    /// One measurement in a process of its own, so that its peak memory is its own; the parent reads the result file.
    struct MeasureOne: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "measure", abstract: "Measure one work (used by run).", shouldDisplay: false)

        @Option var work: Work
        @Option var officers: Int
        @Option var cases: Int
        @Option var unallocated: Int
        @Option var repetitions: Int
        @Option var data: String
        @Option var result: String
        @Option var postgres: String?
        @Option var loadSeconds: Double

        func run() throws {
            let size = ForceSize(officers: officers, cases: cases, unallocated: unallocated)
            let samples = try MainActor.assumeIsolated {
                try Measure(
                    work: work, size: size, repetitions: repetitions, workspace: Workspace(folder: data), server: postgres, loadSeconds: loadSeconds
                ).samples()
            }
            try JSONEncoder().encode(samples).write(to: URL(fileURLWithPath: result), options: .atomic)
        }
    }
}

extension Work: ExpressibleByArgument {}

/// Writes a progress line to standard error, so that standard output holds only the tables.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
