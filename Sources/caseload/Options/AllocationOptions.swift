import ArgumentParser
import CaseloadCore

/// Who is making a change, why, and whether they override a hard rule.
struct AllocationOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Who is making this change, for the audit log (default: $USER, else $LOGNAME, else the login name).", valueName: "who"))
    var by: String?
    @Option(help: ArgumentHelp("Why: \(AllocationReason.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "reason"))
    var reason: String?
    @Option(help: ArgumentHelp("Free text kept in the audit log; needed with --reason other.", valueName: "text")) var note: String?
    @ArgumentParser.Flag(help: "Allocate even though a hard rule says no; needs --reason, and is refused when no rule says no.") var override = false

    func validate() throws {
        if let reason, AllocationReason(text: reason) == nil {
            throw ValidationError("--reason '\(reason.escapedForDisplay)' is not on the list; use one of \(AllocationReason.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if allocationReason == .other && (note ?? "").allSatisfy(\.isWhitespace) {
            throw ValidationError("--reason other needs a --note saying what the reason is")
        }
        if override && reason == nil {
            throw ValidationError("--override needs a --reason: \(AllocationReason.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    var allocationReason: AllocationReason? { reason.flatMap(AllocationReason.init(text:)) }
}
