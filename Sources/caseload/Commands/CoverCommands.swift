import ArgumentParser
import CaseloadCore
import CaseloadExport
import CaseloadStore

/// `caseload cover`: a cover plan for an away officer's cases; `--apply` starts the cover, in one transaction.
struct CoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cover",
        abstract: "Cover an away officer's cases with colleagues who may take them, for the dates of the absence: high-risk and L2/L3 first.",
        discussion: """
            The same rules as plan. --apply starts the cover in one transaction: each case keeps its officer of record, \
            counts for the colleague covering it, and comes back by itself when the absence ends. --permanent transfers the \
            cases instead (an officer leaving). --end ends the officer's cover today (they are back early).
            """
    )

    @Argument(help: ArgumentHelp("The officer who is away.", valueName: "officer-id")) var officerID: OfficerID
    @Option(help: "Output format: table or json.") var format: ReportFormat = .table
    @ArgumentParser.Flag(help: "Start the cover, each case recorded in the audit log.") var apply = false
    @ArgumentParser.Flag(help: "With --apply: transfer the cases for good instead (the officer is leaving).") var permanent = false
    @ArgumentParser.Flag(help: "End the officer's cover from today: they are back, and do their own cases again.") var end = false
    @Option(help: ArgumentHelp("Who is arranging the cover (default: $USER).", valueName: "who")) var by: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var limits: LimitOptions
    @OptionGroup var redaction: RedactOption

    func validate() throws {
        if permanent && !apply { throw ValidationError("--permanent goes with --apply: it says how to apply the plan") }
        if end && (apply || permanent) { throw ValidationError("--end ends cover already started; leave out --apply and --permanent") }
    }

    func run() throws {
        let limits = try limits.resolved()
        let today = try Day.today()
        if end { return try endCover(today: today) }
        let opened = try apply ? OpenedStore(store: database.openExisting(), isDemo: false) : database.openForReading()
        let loaded = try withStore { try opened.store.loadForce(on: today) }
        let force = redaction.redact ? loaded.redacted : loaded
        let id = officerID
        guard let officer = force.officers.first(where: { $0.id == id }) else {
            throw CommandFailure.refused("there is no officer \(officerID.quotedForMessage())")
        }
        guard !officer.isActive else {
            throw CommandFailure.refused(
                "\(id.escapedForDisplay) is not away on \(today); record the absence first (caseload absence), or plan ahead with caseload whatif --absent \(id.escapedForDisplay)")
        }
        let before = force.figures(limits: limits)
        let figures = before.officers.first { $0.officer.id == id }!
        let planner = CoverPlanner(force: force, away: [id], limits: limits, today: today, need: permanent ? .all : figures.coverNeed)
        let plan = planner.plan()
        let period = officer.status == .leave ? "on leave, with no end date" : officer.awayUntil.map { "away until \($0)" } ?? "away, with no end date"
        var report = CoverReport(
            plan: plan, away: [officer], casesNeedingCover: plan.placements.count + plan.unplaced.count, before: before, after: planner.figuresAfter(plan),
            heading: "Cover for \(officer.name.escapedForDisplay) (\(id.escapedForDisplay)), \(period), on \(today)")
        report.alreadyCovered = figures.workload.underCover
        if planner.onlyMostDangerous {
            report.urgentOnly = (officer.absence ?? nil, figures.cases - figures.workload.mostDangerous)
        }
        printReport(format == .json ? report.json() : report.table(), isJSON: format == .json, isDemo: opened.isDemo)
        guard apply else { return }
        let who = try changeMaker(by)
        if permanent {
            let requests = plan.placements.map {
                AllocationRequest(caseID: $0.offender.id, from: id, to: $0.officer.id, by: who, reason: .officerLeft, override: false)
            }
            return try applyChanges(requests, to: opened.store, limits: limits, on: today, noun: "transfer", command: "cover \(id.escapedForDisplay) --apply --permanent")
        }
        let until = officer.status == .leave ? nil : officer.awayUntil
        let requests = plan.placements.map { CoverRequest(caseID: $0.offender.id, officerID: id, coveringID: $0.officer.id, until: until, by: who) }
        guard !requests.isEmpty else { return }
        _ = try applyingPlan("cover \(id.escapedForDisplay) --apply") { try opened.store.cover(requests, limits: limits, on: today, at: AuditTime.now()) }
        let ends = until.map { "it ends by itself after \($0)" } ?? "it lasts until caseload cover --end \(id.escapedForDisplay)"
        printError("applied: \(requests.count) case\(requests.count == 1 ? "" : "s") under cover, each recorded in the audit log; "
            + "\(id.escapedForDisplay) stays their officer, and \(ends)")
    }

    /// Ends the officer's cover from today and says which cases came back.
    private func endCover(today: Day) throws {
        let store = try database.openExisting()
        let who = try changeMaker(by)
        let entries = try withStore { try store.endCover(of: officerID, on: today, by: who, at: AuditTime.now()) }
        let id = officerID.escapedForDisplay
        let colleagues = Dictionary(grouping: entries, by: \.from).map { "\($0.value.count) from \($0.key?.escapedForDisplay ?? "")" }.sorted()
        print("Cover ended for \(entries.count) of \(id)'s case\(entries.count == 1 ? "" : "s") from \(today) ("
            + colleagues.joined(separator: ", ") + "); they count for \(id) again. Recorded in the audit log.")
        if let officer = try withStore({ try store.currentSnapshot(asOf: today) }).officers.first(where: { $0.officer.id == officerID })?.officer, !officer.isActive {
            printError("note: \(id) is still recorded as away on \(today)" + (officer.awayUntil.map { " (until \($0))" } ?? "")
                + ": they take no new case meanwhile, and their cases are flagged as needing cover again")
        }
    }
}

/// `caseload whatif`: what would happen if officers were away; nothing changes.
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "If these officers were away: their cases needing cover, the cover plan, and who would be over afterwards. Changes nothing."
    )

    @Option(name: .customLong("absent"), parsing: .upToNextOption, help: ArgumentHelp("The officers who would be away.", valueName: "officer-id"))
    var absent: [OfficerID] = []
    @Option(help: ArgumentHelp("The first day away (default today), YYYY-MM-DD.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("The last day away, YYYY-MM-DD; longer than cover-after-days (14) means their cases need cover.", valueName: "date"))
    var to: String?
    @Option(help: "Output format: table or json.") var format: ReportFormat = .table
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var limits: LimitOptions
    @OptionGroup var redaction: RedactOption

    func validate() throws {
        if absent.isEmpty { throw ValidationError("name at least one officer with --absent") }
    }

    func run() throws {
        let limits = try limits.resolved()
        let day = try from.map { try parseDay($0, option: "--from") } ?? Day.today()
        let last = try to.map { try parseDay($0, option: "--to") }
        if let last, last < day { throw CommandFailure.refused("--to \(last) is before the first day away, \(day)") }
        let opened = try database.openForReading()
        let loaded = try withStore { try opened.store.loadForce(on: day) }
        let force = redaction.redact ? loaded.redacted : loaded
        let ids = Set(absent)
        let away = force.officers.filter { ids.contains($0.id) }
        if let unknown = ids.subtracting(away.map(\.id)).sorted().first { throw CommandFailure.refused("there is no officer \(unknown.quotedForMessage())") }
        let days = last.map { $0.daysSinceEpoch - day.daysSinceEpoch + 1 }
        let holdsMostDangerous = force.cases.contains { ($0.officerID.map(ids.contains) ?? false) && $0.isMostDangerous }
        let need = limits.coverNeed(absenceLasting: days, holdingMostDangerous: holdsMostDangerous)
        let planner = CoverPlanner(force: force, away: ids, limits: limits, today: day, need: need)
        let plan = planner.plan()
        let period = last.map { "from \(day) to \($0)" } ?? "from \(day)"
        let before = force.figures(limits: limits)
        var report = CoverReport(
            plan: plan, away: away, casesNeedingCover: plan.placements.count + plan.unplaced.count, before: before,
            after: planner.figuresAfter(plan), heading: "What if " + away.map { "\($0.name.escapedForDisplay) (\($0.id.escapedForDisplay))" }.joined(separator: ", ") + " were away \(period)? Nothing has changed.")
        let held = before.officers.filter { ids.contains($0.officer.id) }
        report.alreadyCovered = held.map(\.workload.underCover).reduce(0, +)
        if let days, need == .none { report.shortAbsenceDays = days }
        if need == .mostDangerous {
            report.urgentOnly = (days, held.map { $0.cases - $0.workload.mostDangerous }.reduce(0, +))
        }
        printReport(format == .json ? report.json() : report.table(), isJSON: format == .json, isDemo: opened.isDemo)
    }
}
