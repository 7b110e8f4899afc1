import ArgumentParser
import CaseloadCore
import Foundation

/// The `caseload` command: a caseload and risk dashboard for the supervisors of offender managers.
@main
struct Caseload: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "caseload",
        abstract: "Caseloads, high-risk shares and MOSOVO training of offender managers, against the MAPPA limits.",
        discussion: """
            Exit status: 0 success, 1 bad input or refused action, 2 usage or environment error,
            3 flags present with --fail-on-flags.
            """,
        subcommands: [
            DashboardCommand.self, ImportCommand.self, FlagsCommand.self, SuggestCommand.self, AllocateCommand.self, TransferCommand.self,
            PlanCommand.self, RebalanceCommand.self, AbsenceCommand.self, ReductionCommand.self, AvailabilityCommand.self, CoverCommand.self,
            WhatIfCommand.self, AheadCommand.self, NoticeCommand.self, AuditCommand.self, CopyCommand.self,
            ExportCommand.self, GenerateCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// Runs the command and turns every failure into a message on stderr and DESIGN.md's exit status.
    static func main() {
        disableCoreDumps()
        limitMallocArenas()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch let failure as CommandFailure {
            printError(failure.message)
            Foundation.exit(failure.status)
        } catch let failure as ImportFailure {
            printError(failure.description, prefixed: false)
            Foundation.exit(1)
        } catch {
            guard exitCode(for: error) != .success else { exit(withError: error) }
            printError(fullMessage(for: error), prefixed: false)
            Foundation.exit(2)
        }
    }
}

/// Turns core dumps off for the whole process, whatever `ulimit -c` says: a crash would otherwise write the memory
/// of a force (officers' names, a server password) to a file anyone who can read the folder could open.
func disableCoreDumps() {
    var none = rlimit(rlim_cur: 0, rlim_max: 0)
    _ = setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &none)
}

/// Keeps glibc to two malloc arenas, before any thread starts.
///
/// glibc gives a thread a new arena when the others are busy, each reserving 64 MB of address space, which counts
/// against a `ulimit -v`: how much an import needs would otherwise depend on how its threads happen to meet, and a
/// file refused in words under a limit when run alone could die for want of memory beside other work. caseload's
/// threads are few, so two arenas cost an import little.
func limitMallocArenas() {
    #if os(Linux)
    _ = glibcMallopt(glibcMallocArenaMax, 2)
    #endif
}

#if os(Linux)
/// glibc's `mallopt`, which its Swift module leaves out with the rest of malloc.h.
@_silgen_name("mallopt") private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32

/// `M_ARENA_MAX` from malloc.h.
private let glibcMallocArenaMax: Int32 = -8
#endif

/// Writes a message to standard error, escaped so no control character reaches the terminal.
func printError(_ message: String, prefixed: Bool = true) {
    let lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).escapedForDisplay }
    let text = (prefixed ? "caseload: " : "") + lines.joined(separator: "\n") + "\n"
    FileHandle.standardError.write(Data(text.utf8))
}

/// Writes bytes to standard output as they are.
func writeOutput(_ bytes: [UInt8]) {
    FileHandle.standardOutput.write(Data(bytes))
}
