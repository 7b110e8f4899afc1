import ArgumentParser
import CaseloadCore
import CaseloadExport
import CaseloadStore

/// `caseload absence`: record that an officer is away (leave, sickness, secondment), in the audited availability log.
struct AbsenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "absence",
        abstract: "Record that an officer is away: on the days it covers they take no new case, and after cover-after-days (14; 2 for very high risk and level 3 cases) their cases need cover.",
        discussion: "An absence that shares a day with another of the officer's is refused. Recorded with who and when, and never changed."
    )

    @Argument(help: ArgumentHelp("The officer.", valueName: "officer-id")) var officerID: OfficerID
    @OptionGroup var entry: AvailabilityEntryOptions

    func run() throws {
        try entry.record(officerID, .absence)
    }
}

/// `caseload reduction`: record that an officer works with less capacity for a while, which shrinks their caseload limit.
struct ReductionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reduction",
        abstract: "Record that an officer works with less capacity (phased return, training, union duties, mentoring): their limit shrinks pro rata.",
        discussion: "On the days it covers the limit is floor(max-cases × fte × (1 − reductions in force)). Recorded with who and when, and never changed."
    )

    @Argument(help: ArgumentHelp("The officer.", valueName: "officer-id")) var officerID: OfficerID
    @Option(parsing: .unconditional, help: ArgumentHelp("The share of capacity taken away, above 0 and below 1 with up to six decimals, e.g. 0.4.", valueName: "fraction"))
    var fraction: String
    @OptionGroup var entry: AvailabilityEntryOptions

    func run() throws {
        switch ReductionShare.millionths(fraction) {
        case .success(let millionths): try entry.record(officerID, .reduction, fractionMillionths: millionths)
        case .failure(let problem): throw CommandFailure.refused("--fraction \(problem)")
        }
    }
}

/// `caseload availability`: every absence and reduction, past, current and future.
struct AvailabilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "availability", abstract: "List absences and reductions, past, current and future; one officer's when named.")

    @Argument(help: ArgumentHelp("Only this officer's.", valueName: "officer-id")) var officerID: OfficerID?
    @Option(help: "Output format: table or json.") var format: ReportFormat = .table
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let today = try Day.today()
        let opened = try database.openForReading()
        let entries = try withStore { () throws -> [RecordedAvailability] in
            if let officerID, try !opened.store.currentSnapshot(asOf: today).officers.contains(where: { $0.officer.id == officerID }) {
                throw CommandFailure.refused("there is no officer \(officerID.quotedForMessage())")
            }
            return try opened.store.availability(of: officerID)
        }
        let text = format == .json ? Self.json(entries, today: today) : Self.table(entries, today: today)
        printReport(text, isJSON: format == .json, isDemo: opened.isDemo)
    }

    static func table(_ entries: [RecordedAvailability], today: Day) -> String {
        guard !entries.isEmpty else { return "No absences or reductions recorded.\n" }
        var table = TextTable(columns: [
            .init("OFFICER"), .init("KIND"), .init("FROM"), .init("TO"), .init("FRACTION", alignRight: true), .init("WHEN"), .init("REASON"),
            .init("BY"),
        ])
        for recorded in entries {
            let entry = recorded.entry
            table.append([
                entry.officerID.text, entry.kind.rawValue, entry.from.description, entry.to?.description ?? "open-ended",
                entry.fractionMillionths.map { formatFixedPoint($0, places: 6) } ?? "", recorded.overruled ? "overruled" : entry.when(seenFrom: today),
                entry.reason, recorded.by,
            ])
        }
        return table.rendered()
    }

    static func json(_ entries: [RecordedAvailability], today: Day) -> String {
        JSON.object([
            ("entries", .array(entries.map { recorded in
                let entry = recorded.entry
                return .object([
                    ("officer_id", .id(entry.officerID)), ("kind", .string(entry.kind.rawValue)), ("from", .string(entry.from.description)),
                    ("to", entry.to.map { .string($0.description) } ?? .null),
                    ("fraction", entry.fractionMillionths.map { .fixedPoint($0, places: 6) } ?? .null), ("reason", .string(entry.reason)),
                    ("when", .string(recorded.overruled ? "overruled" : entry.when(seenFrom: today))), ("at", .string(recorded.at)),
                    ("by", .string(recorded.by)),
                ])
            })),
        ]).rendered()
    }
}
