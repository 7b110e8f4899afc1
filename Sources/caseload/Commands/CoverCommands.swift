import ArgumentParser
import CaseloadCore
import CaseloadStore

/// `caseload cover`: a cover plan for an away officer's cases; `--apply` makes it, in one transaction.
struct CoverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cover",
        abstract: "Place an away officer's cases with officers who may take them: high-risk and L2/L3 first, as many as the limits allow.",
        discussion: "The same rules as plan. --apply makes every transfer in one transaction, each recorded with reason cover_for_absence."
    )

    @Argument(help: ArgumentHelp("The officer who is away.", valueName: "officer-id")) var officerID: String
    @Option(help: "Output format: table or json.") var format: ReportFormat = .table
    @ArgumentParser.Flag(help: "Make the transfers, each recorded in the audit log as cover for absence.") var apply = false
    @Option(help: ArgumentHelp("Who is making the transfers (default: $USER).", valueName: "who")) var by: String?
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var limits: LimitOptions

    func run() throws {
        let limits = try limits.resolved()
        let today = try Day.today()
        let opened = try apply ? OpenedStore(store: database.openExisting(), isDemo: false) : database.openForReading()
        let force = try withStore { try opened.store.loadForce(on: today) }
        let id = officerID.precomposed
        guard let officer = force.officers.first(where: { $0.id == id }) else {
            throw CommandFailure.refused("there is no officer \(officerID.quotedForMessage())")
        }
        guard !officer.isActive else {
            throw CommandFailure.refused(
                "\(id.escapedForDisplay) is not away on \(today); record the absence first (caseload absence), or plan ahead with caseload whatif --absent \(id.escapedForDisplay)")
        }
        let planner = CoverPlanner(force: force, away: [id], limits: limits, today: today)
        let plan = planner.plan()
        let report = CoverReport(
            plan: plan, away: [officer], casesNeedingCover: force.cases.count { $0.officerID == id }, before: force.figures(limits: limits),
            after: planner.figuresAfter(plan), heading: "Cover for \(officer.name.escapedForDisplay) (\(id.escapedForDisplay)), \(officer.status == .leave ? "on leave" : "absent") on \(today)")
        printReport(format == .json ? report.json() : report.table(), isJSON: format == .json, isDemo: opened.isDemo)
        guard apply else { return }
        let who = try changeMaker(by)
        let requests = plan.placements.map {
            AllocationRequest(caseID: $0.item.id, from: id, to: $0.officer.id, by: who, reason: .coverForAbsence, override: false)
        }
        try applyChanges(requests, to: opened.store, limits: limits, on: today, noun: "transfer")
    }
}

/// `caseload whatif`: what would happen if officers were away; nothing changes.
struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "If these officers were away: their cases needing cover, the cover plan, and who would be over afterwards. Changes nothing."
    )

    @Option(name: .customLong("absent"), parsing: .upToNextOption, help: ArgumentHelp("The officers who would be away.", valueName: "officer-id"))
    var absent: [String] = []
    @Option(help: ArgumentHelp("The first day away (default today), YYYY-MM-DD.", valueName: "date")) var from: String?
    @Option(help: ArgumentHelp("The last day away, YYYY-MM-DD; longer than cover-after-days (14) means their cases need cover.", valueName: "date"))
    var to: String?
    @Option(help: "Output format: table or json.") var format: ReportFormat = .table
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var limits: LimitOptions

    func validate() throws {
        if absent.isEmpty { throw ValidationError("name at least one officer with --absent") }
    }

    func run() throws {
        let limits = try limits.resolved()
        let day = try from.map { try parseDay($0, option: "--from") } ?? Day.today()
        let last = try to.map { try parseDay($0, option: "--to") }
        if let last, last < day { throw CommandFailure.refused("--to \(last) is before the first day away, \(day)") }
        let opened = try database.openForReading()
        let force = try withStore { try opened.store.loadForce(on: day) }
        let ids = Set(absent.map(\.precomposed))
        let away = force.officers.filter { ids.contains($0.id) }
        if let unknown = ids.subtracting(away.map(\.id)).sorted().first { throw CommandFailure.refused("there is no officer \(unknown.quotedForMessage())") }
        let planner = CoverPlanner(force: force, away: ids, limits: limits, today: day)
        let plan = planner.plan()
        let period = last.map { "from \(day) to \($0)" } ?? "from \(day)"
        var report = CoverReport(
            plan: plan, away: away, casesNeedingCover: force.cases.count { $0.officerID.map(ids.contains) ?? false }, before: force.figures(limits: limits),
            after: planner.figuresAfter(plan), heading: "What if " + away.map { "\($0.name.escapedForDisplay) (\($0.id.escapedForDisplay))" }.joined(separator: ", ") + " were away \(period)? Nothing has changed.")
        if let last {
            let days = last.daysSinceEpoch - day.daysSinceEpoch + 1
            let mostDangerous = force.cases.contains { ($0.officerID.map(ids.contains) ?? false) && $0.isMostDangerous }
            if limits.coverNeed(absenceLasting: days, holdingMostDangerous: mostDangerous) == .none { report.shortAbsenceDays = days }
        }
        printReport(format == .json ? report.json() : report.table(), isJSON: format == .json, isDemo: opened.isDemo)
    }
}
