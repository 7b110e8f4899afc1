import ArgumentParser
import CaseloadCore
import CaseloadStore
import Foundation

/// `caseload import`: validate both files, then replace the force in one transaction.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Validate officers.csv and cases.csv, then replace the current force with them.",
        discussion: """
            Nothing is written unless both files are entirely valid. The month of --as-of gets a snapshot for the monthly view.
            Allocations and transfers made in caseload on or after --as-of are kept where the files still show the case as
            they found it, and listed; any the files contradict are listed as dropped, the files' version kept.
            Absences and reductions recorded in caseload stay on top of availability.csv, except one the file holds again,
            or one recorded before --as-of that a file entry of the same kind overlaps: those are listed as overruled.
            """
    )

    @Option(help: ArgumentHelp("The officers file.", valueName: "file")) var officers: String
    @Option(help: ArgumentHelp("The cases file.", valueName: "file")) var cases: String
    @Option(help: ArgumentHelp("Absences and reductions, availability.csv (optional; without it the last one imported stays).", valueName: "file"))
    var availability: String?
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day the files describe, YYYY-MM-DD (default today).", valueName: "date"))
    var asOf: String?
    @ArgumentParser.Flag(help: "Check the files and say what would be imported and who would be flagged; write nothing.") var check = false
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var limits: LimitOptions

    func run() throws {
        let day = try asOf.map { try parseDay($0, option: "--as-of") } ?? Day.today()
        let decoding = try ImportFiles.decoder(officers: officers, cases: cases)
        let entries = try availability.map { path throws(ImportFailure) in try ImportFiles.availability(path, officers: officers) }
        if check { return try checkOnly(decoding, availability: entries, asOf: day) }
        let existed = database.isServer || FileManager.default.fileExists(atPath: database.path)
        let summary: ImportSummary
        let who = UserEnvironment.userName ?? "unknown (no $USER, $LOGNAME or login name)"
        let time = AuditTime.now()
        do {
            let store = try database.openForWriting()
            summary = try withStore {
                do {
                    return try store.importForce(decoding, asOf: day, availability: entries, by: who, at: time)
                } catch StoreError.commitUnknown {
                    return try resolveLostCommit(by: who, at: time, asOf: day)
                }
            }
        } catch {
            if !existed {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database.path + suffix) }
            }
            throw error
        }
        print("Imported \(formatCount(summary.officers)) officer\(summary.officers == 1 ? "" : "s") and \(formatCount(summary.cases)) case\(summary.cases == 1 ? "" : "s") (\(formatCount(summary.unallocated)) unallocated) as of \(day) into \(database.shown.escapedForDisplay); recorded the \(day.calendarMonth) snapshot.")
        if let entries {
            let absences = entries.count { $0.kind == .absence }
            print("Imported \(formatCount(absences)) absence\(absences == 1 ? "" : "s") and \(formatCount(entries.count - absences)) reduction\(entries.count - absences == 1 ? "" : "s") from \(availability?.escapedForDisplay ?? "").")
        }
        print(Self.describe(summary.replay, since: day), terminator: "")
        print(Self.describe(summary.recordedAvailability, since: day), terminator: "")
    }

    /// After the connection was lost as the import committed: looks, on a new connection, for the import's own entry
    /// in the audit trail. Found, the import was committed and is reported; not found, nothing was changed. When the
    /// server cannot be reached to look, the error says that whether it was made is not known.
    private func resolveLostCommit(by who: String, at time: String, asOf day: Day) throws -> ImportSummary {
        let entries: [AuditEntry]
        do {
            entries = try database.openExisting().audit(.all, on: nil)
        } catch {
            throw StoreError.commitUnknown(server: database.shown)
        }
        guard entries.contains(where: { $0.kind == .import && $0.at == time && $0.by == who }) else {
            throw CommandFailure.environment("the connection to \(database.shown.escapedForDisplay) was lost as the import was committing, "
                + "and caseload has since checked: it was not committed, and nothing was changed; try again")
        }
        printError("note: the connection was lost as the import was committing; caseload has since checked, and it was committed. "
            + "The changes made in caseload since \(day) are listed by caseload audit")
        let force = try database.openExisting().currentSnapshot(asOf: day)
        return ImportSummary(officers: force.officers.count, cases: force.officers.reduce(0) { $0 + $1.workload.cases } + force.unallocated, unallocated: force.unallocated)
    }

    /// Reads both files whole, as an import would, and says what it would bring in; nothing is opened or written.
    func checkOnly(_ decoding: StreamingDecoder, availability entries: [AvailabilityEntry]?, asOf day: Day) throws {
        let limits = try limits.resolved()
        var force = try decoding.load { officers, feed in
            var cases: [Case] = []
            _ = try feed { cases.append(contentsOf: $0) }
            return Force(officers: officers, cases: cases)
        }
        force.officers = force.officers.standing(on: day, entries ?? [])
        let figures = force.figures(limits: limits)
        print("The files are valid: \(formatCount(force.officers.count)) officer\(force.officers.count == 1 ? "" : "s") and \(formatCount(force.cases.count)) case\(force.cases.count == 1 ? "" : "s") "
            + "(\(formatCount(force.unallocatedCount)) waiting for an officer) as of \(day). Nothing was written; import without --check to load them.")
        if let entries {
            let absences = entries.count { $0.kind == .absence }
            print("\(formatCount(absences)) absence\(absences == 1 ? "" : "s") and \(formatCount(entries.count - absences)) reduction\(entries.count - absences == 1 ? "" : "s") in \(availability?.escapedForDisplay ?? "").")
        }
        let flagged = figures.breaching
        guard !flagged.isEmpty else { return print("Once imported, no officer would be over a limit or breaking a rule.") }
        print("Once imported, \(flagged.count) officer\(flagged.count == 1 ? " would be" : "s would be") flagged:")
        for officer in flagged {
            let why = officer.flags.filter(\.isBreach).map(\.words).joined(separator: "; ")
            print("  \(officer.officer.id.escapedForDisplay) \(officer.officer.name.escapedForDisplay): \(why)")
        }
    }

    /// The absences and reductions recorded in caseload: those since the files' date kept on top of them, and those the
    /// file overrules.
    static func describe(_ recorded: [RecordedAvailability], since day: Day) -> String {
        func line(_ recorded: RecordedAvailability) -> String {
            let entry = recorded.entry
            let period = "\(entry.from) to \(entry.to?.description ?? "open-ended")"
            return "  \(entry.officerID.escapedForDisplay) \(entry.kind.rawValue) \(period) (\(recorded.at), by \(recorded.by.escapedForDisplay))\n"
        }
        var text = ""
        let kept = recorded.filter { !$0.overruled && $0.at.prefix(10) >= day.description }
        if !kept.isEmpty {
            text += "Kept \(kept.count) absence\(kept.count == 1 ? "" : "s") or reduction\(kept.count == 1 ? "" : "s") recorded in caseload since \(day):\n"
            text += kept.map(line).joined()
        }
        let overruled = recorded.filter(\.overruled)
        if !overruled.isEmpty {
            text += "\(overruled.count) recorded in caseload \(overruled.count == 1 ? "is" : "are") overruled by availability.csv, which holds the same or an overlapping entry as of \(day):\n"
            text += overruled.map(line).joined()
        }
        return text
    }

    /// The changes made in caseload since the files' date: each one replayed, each one the files contradict, by case.
    static func describe(_ replay: ReplayReport, since day: Day) -> String {
        var text = ""
        if !replay.replayed.isEmpty {
            let count = replay.replayed.count
            text += "Kept \(count) change\(count == 1 ? "" : "s") made in caseload since \(day) that the files do not yet show:\n"
            for entry in replay.replayed {
                let move = entry.from.map { "from \($0.escapedForDisplay) to" } ?? "to"
                text += "  \(entry.caseID.escapedForDisplay) \(move) \(entry.to.escapedForDisplay) (\(entry.at), by \(entry.by.escapedForDisplay))\n"
            }
        }
        if replay.alreadyInFiles > 0 {
            text += "\(replay.alreadyInFiles) change\(replay.alreadyInFiles == 1 ? "" : "s") made in caseload since \(day) the files already show.\n"
        }
        if !replay.dropped.isEmpty {
            let count = replay.dropped.count
            text += "Dropped \(count) change\(count == 1 ? "" : "s") made in caseload since \(day) that the files contradict; the files' version was kept:\n"
            for dropped in replay.dropped {
                let move = dropped.entry.from.map { "from \($0.escapedForDisplay) to" } ?? "to"
                text += "  \(dropped.entry.caseID.escapedForDisplay) \(move) \(dropped.entry.to.escapedForDisplay) (\(dropped.entry.at), by \(dropped.entry.by.escapedForDisplay)): \(dropped.reason.escapedForDisplay)\n"
            }
        }
        return text
    }
}
