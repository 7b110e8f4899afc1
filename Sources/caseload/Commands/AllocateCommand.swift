import ArgumentParser
import CaseloadCore
import CaseloadStore

/// `caseload allocate`: give an unallocated case to an officer, with an audit entry.
struct AllocateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allocate",
        abstract: "Give an unallocated case to an officer, recorded in the audit log.",
        discussion: "Refused if the case has been allocated meanwhile, or if a hard rule says no and there is no --override."
    )

    @Argument(help: ArgumentHelp("The case.", valueName: "case-id")) var caseID: CaseID
    @Argument(help: ArgumentHelp("The officer.", valueName: "officer-id")) var officerID: OfficerID
    @OptionGroup var allocation: AllocationOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var limits: LimitOptions

    func run() throws {
        let request = AllocationRequest(
            caseID: caseID, from: nil, to: officerID, by: try changeMaker(allocation.by), reason: allocation.allocationReason,
            override: allocation.override,
            note: allocation.note)
        try makeChange(request, database: database, limits: limits)
    }
}

/// Makes a plan's allocations or transfers in one transaction and says how many, on standard error.
func applyChanges(_ requests: [AllocationRequest], to store: any ForceStore, limits: Limits, on day: Day, noun: String, command: String) throws {
    guard !requests.isEmpty else { return }
    _ = try applyingPlan(command) { try store.allocate(requests, limits: limits, on: day, at: AuditTime.now()) }
    printError("applied: \(requests.count) \(noun)\(requests.count == 1 ? "" : "s") made and recorded in the audit log")
}

/// Makes one allocation or transfer and says what was done.
func makeChange(_ request: AllocationRequest, database: DatabaseOptions, limits: LimitOptions) throws {
    let limits = try limits.resolved()
    let today = try Day.today()
    let store = try database.openExisting()
    let entry = try withStore { try store.allocate([request], limits: limits, on: today, at: AuditTime.now()) }[0]
    let verb = entry.from.map { "Transferred \(entry.caseID.escapedForDisplay) from \($0.escapedForDisplay)" } ?? "Allocated \(entry.caseID.escapedForDisplay)"
    let overridden = entry.rulesOverridden.compactMap { HardRule(rawValue: $0)?.explanation }
    print("\(verb) to \(entry.to.escapedForDisplay)" + (overridden.isEmpty ? "" : ", overriding: " + overridden.joined(separator: "; ")) + "; recorded in the audit log.")
}

/// Runs the applying of a plan: a change refused because the force moved after the plan was made says so, and how to
/// get a fresh plan, instead of the advice meant for one allocation typed by hand.
func applyingPlan<T>(_ command: String, _ work: () throws -> T) throws -> T {
    try withStore {
        do {
            return try work()
        } catch let error as AllocationError {
            throw CommandFailure.refused(
                "the force changed after this plan was made (another supervisor's plan, cover or allocation): \(error.withoutAdvice); "
                    + "nothing was changed; run `caseload \(command)` again for a plan from the force as it is now")
        }
    }
}
