import ArgumentParser
import CaseloadCore
import CaseloadExport
import CaseloadStore
import Foundation

/// `caseload notice`: the written notice to each affected officer; previewed, or given and recorded, all or none.
struct NoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice",
        abstract: "The letter to each officer over a limit or breaking a rule: their figures against their limits and what the force will do.",
        discussion: """
            Recommendation 19 of the joint inspection asks forces to tell affected staff. Without --give the notices are \
            printed to read first and nothing is recorded; --give --output DIR writes one file an officer and records every \
            notice, all or none. Officers who are away are left out unless --include-away. The layout is a Mustache \
            template; --template gives a force's own (docs/NOTICES.md lists its names).
            """
    )

    @Argument(help: ArgumentHelp("The officers.", valueName: "officer-id")) var officerIDs: [OfficerID] = []
    @ArgumentParser.Flag(help: "Every officer over a limit or breaking a rule.") var over = false
    @Option(help: ArgumentHelp("Who signs the notices (default: $USER).", valueName: "who")) var by: String?
    @Option(name: .customLong("review-on"), help: ArgumentHelp("The day you will review each workload with the officer (default four weeks on), YYYY-MM-DD.", valueName: "date"))
    var reviewOn: String?
    @Option(help: ArgumentHelp("A Mustache template of the force's own, instead of the standard letter.", valueName: "file")) var template: String?
    @ArgumentParser.Flag(name: .customLong("include-away"), help: "Give notices to officers who are away too.") var includeAway = false
    @ArgumentParser.Flag(help: "Give the notices: write one file an officer into --output and record each, all or none.") var give = false
    @Option(help: ArgumentHelp("With --give: the folder the notices are written into (readable by you alone).", valueName: "dir")) var output: String?
    @Option(help: "Format: md or txt.") var format: Format = .md
    @OptionGroup var redaction: RedactOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var limits: LimitOptions

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, txt
    }

    func validate() throws {
        if over == !officerIDs.isEmpty { throw ValidationError("name the officers, or give --over for every officer over a limit or breaking a rule") }
        if give && output == nil { throw ValidationError("--give needs --output DIR: the folder the notices are written into") }
        if !give && output != nil { throw ValidationError("--output goes with --give; without --give the notices are only printed to read") }
    }

    func run() throws {
        let limits = try limits.resolved()
        let wording = try self.limits.wording()
        let today = try Day.today()
        let who = try changeMaker(by)
        let review = try reviewOn.map { try parseDay($0, option: "--review-on") } ?? today.adding(days: 28)
        if review < today { throw CommandFailure.refused("--review-on \(review) is before today, \(today); give the day you will review the workload") }
        let layout = try loadTemplate()
        let files = try output.map { folder in
            do {
                return try NoticeFiles(folder: folder, day: today, fileExtension: format.rawValue)
            } catch {
                throw CommandFailure.refused(String(describing: error))
            }
        }
        let opened = try give ? OpenedStore(store: database.openExisting(), isDemo: false) : database.openForReading()
        let store = opened.store
        let force = try withStore { try store.loadForce(on: today) }
        let figures = force.figures(limits: limits)
        var chosen: [OfficerFigures]
        if over {
            chosen = figures.breaching
        } else {
            var seen = Set<OfficerID>()
            chosen = try officerIDs.filter { seen.insert($0).inserted }.map { id in
                guard let officer = figures.officers.first(where: { $0.officer.id == id }) else {
                    throw CommandFailure.refused("there is no officer \(id.quotedForMessage())")
                }
                return officer
            }
        }
        let away = includeAway ? [] : chosen.filter { !$0.officer.isActive }
        if !includeAway { chosen.removeAll { !$0.officer.isActive } }
        for skipped in away {
            let until = skipped.officer.status == .leave ? "on leave" : "away" + (skipped.officer.awayUntil.map { " until \($0)" } ?? "")
            printError("not given to \(skipped.officer.id.escapedForDisplay) (\(until)); --include-away gives them one")
        }
        guard !chosen.isEmpty else {
            print(away.isEmpty ? "No officer is over a limit or breaking a rule; no notice to give." : "No notice to give to anyone at work.")
            return
        }
        let notices = chosen.map {
            WorkloadNotice(figures: $0, in: force, limits: limits, day: today, reviewOn: review, by: who, wording: wording, redacted: redaction.redact)
        }
        let texts = notices.map { (officerID: $0.figures.officer.id, text: layout.render($0, markdown: format == .md)) }
        guard let files else {
            printReport(texts.map(\.text).joined(separator: "\n---\n\n"), isJSON: false, isDemo: opened.isDemo)
            printError("preview: nothing is recorded; --give --output DIR writes and records \(texts.count == 1 ? "it" : "all \(texts.count)")")
            return
        }
        let written: [String]
        do {
            written = try files.give(texts) {
                try withStore { try store.recordNotices(chosen.map { ($0.officer.id, $0.flags) }, on: today, by: who, at: AuditTime.now()) }
            }
        } catch let error as NoticeFileError {
            throw error.refused ? CommandFailure.refused(error.description) : CommandFailure.environment(error.description)
        }
        for path in written { print("Wrote \(path.escapedForDisplay)") }
        printError("given: \(written.count) notice\(written.count == 1 ? "" : "s") signed by \(who.escapedForDisplay), each recorded in the audit trail")
    }

    /// The template named by --template, checked; the standard one without it.
    func loadTemplate() throws -> NoticeTemplate {
        guard let template else { return .standard }
        guard let text = try? String(contentsOfFile: template, encoding: .utf8) else {
            throw CommandFailure.refused("cannot read the template \(template.quotedForMessage()); give a UTF-8 text file")
        }
        do {
            return try NoticeTemplate(text: text, file: template)
        } catch {
            throw CommandFailure.refused(error.description)
        }
    }
}
