import ArgumentParser
import CaseloadCore
import CaseloadStore

/// `caseload transfer`: move an allocated case to another officer, checking it is still where the caller saw it.
struct TransferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer",
        abstract: "Move an allocated case to another officer, recorded in the audit log.",
        discussion: "Refused if the case is no longer with --from, or if a hard rule says no and there is no --override."
    )

    @Argument(help: ArgumentHelp("The case.", valueName: "case-id")) var caseID: CaseID
    @Option(help: ArgumentHelp("The officer who holds it now.", valueName: "officer-id")) var from: OfficerID
    @Option(help: ArgumentHelp("The officer to take it.", valueName: "officer-id")) var to: OfficerID
    @OptionGroup var allocation: AllocationOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var limits: LimitOptions

    func validate() throws {
        guard allocation.reason != nil else {
            throw ValidationError("a transfer needs a --reason: \(AllocationReason.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() throws {
        let request = AllocationRequest(
            caseID: caseID, from: from, to: to, by: try changeMaker(allocation.by), reason: allocation.allocationReason, override: allocation.override,
            note: allocation.note)
        try makeChange(request, database: database, limits: limits)
    }
}
