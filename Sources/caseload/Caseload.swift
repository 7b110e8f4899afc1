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
            WhatIfCommand.self, NoticeCommand.self, AuditCommand.self, CopyCommand.self,
            ExportCommand.self, GenerateCommand.self,
        ],
        defaultSubcommand: DashboardCommand.self
    )

    /// Runs the command and turns every failure into a message on stderr and DESIGN.md's exit status.
    static func main() {
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
