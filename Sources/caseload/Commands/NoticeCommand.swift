import ArgumentParser
import CaseloadCore
import CaseloadExport
import CaseloadStore

/// `caseload notice`: the written notice to each affected officer, recorded.
struct NoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice",
        abstract: "Write the notice to each officer over a limit or breaking a rule: their figures against the limits and what the force will do.",
        discussion: "The joint inspection asks that excessive workloads be mitigated and this communicated to affected staff (§3.8.14). Each notice given is recorded."
    )

    @Argument(help: ArgumentHelp("The officers.", valueName: "officer-id")) var officerIDs: [String] = []
    @ArgumentParser.Flag(help: "Every officer over a limit or breaking a rule.") var over = false
    @Option(help: ArgumentHelp("Write one file an officer into this folder (readable by you alone) instead of printing.", valueName: "dir"))
    var output: String?
    @Option(help: "Format: md or txt.") var format: Format = .md
    @Option(help: ArgumentHelp("Who is giving the notices (default: $USER).", valueName: "who")) var by: String?
    @OptionGroup var redaction: RedactOption
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var limits: LimitOptions

    /// An officer id as part of a file name: a slash, a control character or a NUL would name another folder or an
    /// unwritable file (the notice for "OM/12" failed every notice), so each becomes `_`.
    static func fileNamePart(_ id: String) -> String {
        String(id.unicodeScalars.map { $0 == "/" || $0.properties.generalCategory == .control ? "_" : Character($0) })
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, txt
    }

    func validate() throws {
        if over == !officerIDs.isEmpty { throw ValidationError("name the officers, or give --over for every officer over a limit or breaking a rule") }
    }

    func run() throws {
        let limits = try limits.resolved()
        let today = try Day.today()
        let who = try changeMaker(by)
        let store = try database.openExisting()
        let force = try withStore { try store.loadForce(on: today) }
        let figures = force.figures(limits: limits)
        let chosen: [OfficerFigures]
        if over {
            chosen = figures.breaching
        } else {
            chosen = try officerIDs.map { id in
                guard let officer = figures.officers.first(where: { $0.officer.id == id.precomposed }) else {
                    throw CommandFailure.refused("there is no officer \(id.quotedForMessage())")
                }
                return officer
            }
        }
        guard !chosen.isEmpty else {
            print("No officer is over a limit or breaking a rule; no notice to give.")
            return
        }
        let moves = Rebalancer(force: force, limits: limits, today: today).plan().moves
        let planned = Dictionary(grouping: moves, by: \.from.id)
        let notices = chosen.map { figures in
            WorkloadNotice(
                figures: figures, limits: limits, day: today, by: who, redacted: redaction.redact,
                plannedMoves: (planned[figures.officer.id] ?? []).map { (caseID: $0.item.id, to: $0.to.id) })
        }
        if let output {
            for notice in notices {
                let path = output + "/notice-\(Self.fileNamePart(notice.figures.officer.id))-\(today).\(format.rawValue)"
                do {
                    try writeAtomically(Array(notice.text(markdown: format == .md).utf8), to: path)
                } catch {
                    throw CommandFailure.environment(error.description)
                }
                print("Wrote \(path.escapedForDisplay)")
            }
        } else {
            print(notices.map { $0.text(markdown: format == .md) }.joined(separator: "\n---\n\n"), terminator: "")
        }
        try withStore { try store.recordNotices(chosen.map { ($0.officer.id, $0.flags) }, on: today, by: who, at: AuditTime.now()) }
        printError("recorded: \(chosen.count) notice\(chosen.count == 1 ? "" : "s") given by \(who)")
    }
}
