import ArgumentParser
import CaseloadCore
import CaseloadPostgres
import CaseloadStore
import Foundation

/// `caseload copy`: moves a whole force, with its history, from one database to another empty one.
struct CopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copy a whole force, with its audit log, absences, notices and monthly snapshots, into an empty database.",
        discussion: """
            Either side may be a SQLite file or a postgresql:// URL: from SQLite to PostgreSQL when a force moves to a \
            shared server, and back. The source is only read. The target must be empty (a new file, or a PostgreSQL \
            database with no caseload force in it); everything is written in one transaction, or nothing is. \
            Put the password in ~/.pgpass or $PGPASSWORD, not in the URL.
            """
    )

    @Option(help: ArgumentHelp("The database to copy from: a file or a postgresql:// URL.", valueName: "path-or-url"))
    var from: String
    @Option(help: ArgumentHelp("The empty database to copy into: a file (made if missing) or a postgresql:// URL.", valueName: "path-or-url"))
    var to: String

    func validate() throws {
        try DatabaseOptions.check(from, source: "--from")
        try DatabaseOptions.check(to, source: "--to")
    }

    func run() throws {
        let source = DatabaseOptions.naming(from)
        let target = DatabaseOptions.naming(to)
        if !source.isServer && !target.isServer && URL(fileURLWithPath: from).standardized == URL(fileURLWithPath: to).standardized {
            throw CommandFailure.environment("--from and --to name the same file; copy into a new, empty database")
        }
        let archive = try withStore { try source.openExisting().archive() }
        let existed = target.isServer || FileManager.default.fileExists(atPath: to)
        do {
            try withStore { try target.openForWriting().restore(archive) }
        } catch {
            if !existed {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: to + suffix) }
            }
            throw error
        }
        let recorded = archive.availability.count { !$0.fromFile }
        let parts = [
            Self.counted(archive.force.officers.count, "officer"), Self.counted(archive.force.cases.count, "case"),
            Self.counted(archive.audit.count, "audit entry", "audit entries"),
            Self.counted(recorded, "absence or reduction recorded in caseload", "absences and reductions recorded in caseload"),
            Self.counted(archive.availability.count - recorded, "entry from availability.csv", "entries from availability.csv"),
            Self.counted(archive.notices.count, "notice"), Self.counted(archive.snapshots.count, "monthly snapshot"),
        ]
        print("Copied \(parts.joined(separator: ", ")) from \(source.shown.escapedForDisplay) to \(target.shown.escapedForDisplay).")
    }

    /// "1 case", "2 cases".
    static func counted(_ count: Int, _ one: String, _ many: String? = nil) -> String {
        "\(formatCount(count)) \(count == 1 ? one : many ?? one + "s")"
    }
}
