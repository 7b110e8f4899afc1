import ArgumentParser
import CaseloadCore
import CaseloadStore

/// The options `absence` and `reduction` share: the officer's days, why, and who records it; and recording the entry.
struct AvailabilityEntryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The first day, YYYY-MM-DD.", valueName: "date")) var from: String
    @Option(help: ArgumentHelp("The last day, YYYY-MM-DD; leave out for open-ended.", valueName: "date")) var to: String?
    @Option(help: ArgumentHelp("Why: leave, sickness, secondment, phased return, training, ….", valueName: "text")) var reason: String
    @Option(help: ArgumentHelp("Who is recording it (default: $USER).", valueName: "who")) var by: String?
    @OptionGroup var database: DatabaseOptions

    /// Records the entry for the officer in the database that must exist, and says so.
    func record(_ officerID: OfficerID, _ kind: AvailabilityEntry.Kind, fractionMillionths: Int? = nil) throws {
        guard !reason.allSatisfy(\.isWhitespace) else { throw CommandFailure.refused("--reason must say why, e.g. sickness or phased return") }
        let entry = AvailabilityEntry(
            officerID: officerID, kind: kind, from: try parseDay(from, option: "--from"), to: try to.map { try parseDay($0, option: "--to") },
            fractionMillionths: fractionMillionths, reason: reason)
        let who = try changeMaker(by)
        let store = try database.openExisting()
        do {
            try withStore { try store.record(entry, by: who, at: AuditTime.now()) }
        } catch let error as AvailabilityError {
            throw CommandFailure.refused(error.description)
        }
        let period = entry.to.map { "from \(entry.from) to \($0)" } ?? "from \(entry.from), open-ended"
        let what = kind == .absence ? "an absence" : "a reduction of \(formatFixedPoint(fractionMillionths ?? 0, places: 6))"
        print("Recorded \(what) for \(entry.officerID.escapedForDisplay) \(period); recorded by \(who.escapedForDisplay).")
    }
}
