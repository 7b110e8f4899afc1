import ArgumentParser
import CaseloadCore
import Foundation

/// `caseload generate`: a deterministic synthetic force as officers.csv and cases.csv.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic force (officers.csv, cases.csv) for demos, tests and benchmarks.",
        discussion: "The same counts and seed always give the same bytes."
    )

    @Option(help: ArgumentHelp("How many officers.", valueName: "n")) var officers: Int
    @Option(help: ArgumentHelp("How many cases.", valueName: "n")) var cases: Int
    @Option(help: ArgumentHelp("How many of the cases wait unallocated (default 1%).", valueName: "n")) var unallocated: Int?
    @Option(help: ArgumentHelp("The random seed.", valueName: "n")) var seed: UInt64
    @Option(help: ArgumentHelp("The folder to write into; created if missing.", valueName: "dir")) var out: String

    func validate() throws {
        guard (1...1_000_000).contains(officers) else { throw ValidationError("--officers must be from 1 to 1000000") }
        guard (0...50_000_000).contains(cases) else { throw ValidationError("--cases must be from 0 to 50000000") }
        if let unallocated, !(0...cases).contains(unallocated) { throw ValidationError("--unallocated must be from 0 to --cases") }
    }

    func run() throws {
        let force = ForceGenerator(officers: officers, cases: cases, unallocated: unallocated, seed: seed).generate()
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(ForceEncoder.officersCSV(force.officers)).write(to: folder.appendingPathComponent("officers.csv"), options: .atomic)
            try Data(ForceEncoder.casesCSV(force.cases)).write(to: folder.appendingPathComponent("cases.csv"), options: .atomic)
        } catch {
            throw CommandFailure.environment("cannot write to \(out): \(error.localizedDescription)")
        }
        print("Wrote \(formatCount(force.officers.count)) officers and \(formatCount(force.cases.count)) cases (\(formatCount(force.unallocatedCount)) unallocated) to \(out.escapedForDisplay).")
    }
}
